# adapted from numba/tests/npyufunc/test_ufuncbuilding.py and test_vectorize_decor.py: broadcasting, out=, scalars
import math

import numpy as np

from numba import vectorize, float64


@vectorize(['float64(float64, float64)', 'float32(float32, float32)', 'int64(int64, int64)'])
def add_mul(a, b):
    return a * 2 + b


@vectorize
def hypot(x, y):
    return math.sqrt(x * x + y * y)


def clip_(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


clip = vectorize(['f8(f8, f8, f8)', 'i8(i8, i8, i8)'])(clip_)

a = np.arange(12).reshape(3, 4)
b = np.arange(4)
print(add_mul(a, b))
print(add_mul(a, 1.5))
print(add_mul(np.float32(1.5), np.arange(3, dtype=np.float32)).dtype)
print(add_mul(3, 4), add_mul(2.5, 1))
out = np.zeros((3, 4))
r = add_mul(a, b, out=out)
print(out)
r[0, 1] = -1.0
print(out[0, 1])
print(hypot(np.array([3.0, 5.0, 8.0]), np.array([[4.0], [12.0]])))
print(hypot.types)
print(hypot(np.arange(3), 4))
print(hypot.types)
print(clip(np.linspace(-1.0, 2.0, 7), 0.0, 1.0))
print(clip(np.arange(10), 2, 7))
print(clip.types, add_mul.types)
col = np.arange(3.0).reshape(3, 1)
print(add_mul(col, np.ones((1, 4))))
v = np.arange(9.0)
print(add_mul(v[::3], v[1::3]))


@vectorize([float64(float64)])
def halve(x):
    return x / 2


print(halve(np.arange(5)))

from numba import njit


@njit
def use(x):
    y = add_mul(x, 1.0)
    return y.sum() + hypot(3.0, 4.0)


print(use(np.arange(6.0).reshape(2, 3)))
for k in range(3):
    print(use(np.full(4, float(k))))
