# adapted from numba/tests/test_ufuncs.py: ufuncs with an explicit output array (test_*_out)
import numpy as np

from numba import njit


@njit
def add_out(a, b, out):
    np.add(a, b, out)
    return out


@njit
def sqrt_out(a):
    out = np.empty_like(a)
    np.sqrt(a, out)
    return out


@njit
def inplace(a):
    a += 1.0
    a *= 2.0
    np.multiply(a, a, a)
    return a


out = np.zeros(4)
print(add_out(np.arange(4.0), np.ones(4), out), out)
print(sqrt_out(np.array([1.0, 4.0, 9.0, 16.0])))
a = np.arange(3.0)
inplace(a)
print(a)
