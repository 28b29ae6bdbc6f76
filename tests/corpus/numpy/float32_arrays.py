# adapted from numba/tests/test_array_return.py and test_casting.py: float32 arithmetic and accumulation
import numpy as np

from numba import njit


@njit
def accumulate(a):
    s = np.float32(0)
    for v in a:
        s += v
    return s


@njit
def scale(a, k):
    return a * k


a = np.arange(5, dtype=np.float32) / np.float32(3)
print(a, a.dtype)
print(accumulate(a))
r = scale(a, np.float32(1.5))
print(r, r.dtype)
