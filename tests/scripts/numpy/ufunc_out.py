# ufuncs with an output array, positional or out=: the result is written
# into it (cast within its kind) and the call gives it back.
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


out = np.zeros(4)
print(add_out(np.arange(4.0), np.ones(4), out), out)
print(sqrt_out(np.array([1.0, 4.0, 9.0, 16.0])))
a = np.arange(3.0)
r = np.multiply(a, a, a)
print(a, r)
b = np.zeros(3)
np.exp(a, out=b)
print(b)
c = np.zeros(3, dtype=np.int64)
np.add(np.arange(3), 5, out=c)
print(c)
d = np.zeros(3)
np.subtract(np.arange(3), 1, d)
print(d)
