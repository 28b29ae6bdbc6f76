# adapted from numba/tests/test_numberctor.py: fixed-width integer arrays and scalar constructors
import numpy as np

from numba import njit


@njit
def widen(a):
    out = np.empty(a.size, dtype=np.int64)
    for i in range(a.size):
        out[i] = a[i]
        out[i] *= 1000
    return out


@njit
def casts(x):
    return np.int8(x), np.uint16(x), np.int32(x), np.float32(x)


a = np.array([200, 100, 7], dtype=np.uint8)
print(a + a, (a * 2).dtype)
print(widen(np.array([-3, 127], dtype=np.int8)))
print(casts(100), casts(7))
