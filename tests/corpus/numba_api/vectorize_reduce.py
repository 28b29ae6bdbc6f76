# adapted from numba/tests/npyufunc/test_ufunc.py and test_dufunc.py: reduce and accumulate of vectorized functions, identity=
import numpy as np

from numba import vectorize, float64, int64


@vectorize([int64(int64, int64), float64(float64, float64)], identity=0)
def add(x, y):
    return x + y


@vectorize
def mx(x, y):
    return x if x > y else y


@vectorize([float64(float64, float64)])
def hyp(x, y):
    return (x * x + y * y) ** 0.5


a = np.arange(24).reshape(2, 3, 4)
print(add.reduce(a))
print(add.reduce(a, axis=1))
print(add.reduce(a, axis=-1))
print(add.reduce(a, axis=None))
print(add.accumulate(a[0], axis=1))
print(add.reduce(np.zeros(0, dtype=np.int64)), add.reduce(np.arange(5.0)))
print(add.accumulate(np.arange(5)))
b = np.array([[3.0, -1.0, 7.5], [2.0, 9.0, 0.5]])
print(mx(b[0], b[1]))
print(mx.reduce(b, axis=0), mx.reduce(b, axis=1), mx.reduce(b[0], axis=None))
print(mx.accumulate(b[1]))
print(hyp.reduce(np.array([3.0, 4.0, 12.0])))
print(hyp.accumulate(np.array([[3.0, 4.0], [5.0, 12.0]]), axis=1))
try:
    mx.reduce(np.zeros(0))
except ValueError as e:
    print("ValueError:", e)
