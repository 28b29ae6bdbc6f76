# adapted from numba/tests/npyufunc/test_ufuncbuilding.py: result casts of declared loops, boolean kernels, out= views
import numpy as np
from numba import vectorize


@vectorize
def pos(x):
    return x > 0


@vectorize(['int32(int32)', 'uint8(float64)'])
def code(x):
    return x + 1


print(pos(np.array([-1.0, 2.0, 0.0])), pos.types)
print(pos(np.arange(-2, 2).reshape(2, 2)))
print(code(np.arange(3, dtype=np.int16)), code(np.array([254.5, 1.2])))
print(code(np.arange(3, dtype=np.uint64)).dtype)
o = np.zeros((2, 3))
code(np.ones((2, 3), dtype=np.int32), out=o[:, :])
print(o)
t = np.zeros((3, 2)).T
pos(np.ones((2, 3)), out=t)
print(t)
print(pos(-1))
print(len(code.types), code.types[1], code.types)


@vectorize(['uint8(uint8, uint8)', 'int64(int64, int64)'])
def add8(x, y):
    return x + y


print(add8(np.arange(3, dtype=np.uint8), 7), add8(np.arange(3, dtype=np.uint8), 255))
print(add8(np.arange(3, dtype=np.int8), 7).dtype)
