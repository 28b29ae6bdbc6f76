import ctypes

import numpy as np
from numba import cfunc, carray, njit, types

# A slice of an array (or of a C array seen through carray) assigned from
# a tuple of numbers: the shape and strides of another array, a literal.
sig = types.void(types.CPointer(types.float64), types.CPointer(types.float64), types.intp, types.intp)


@cfunc(sig)
def describe(in_ptr, out_ptr, m, n):
    a = carray(in_ptr, (m, n))
    out = carray(out_ptr, 6)
    out[0:2] = a.shape
    out[2:4] = a.strides
    out[4:] = (a[1, 0], 7.0)


src = np.arange(6.0).reshape((2, 3))
dst = np.zeros(6)
describe.ctypes(src.ctypes.data_as(ctypes.POINTER(ctypes.c_double)),
                dst.ctypes.data_as(ctypes.POINTER(ctypes.c_double)), 2, 3)
print(dst)


@njit
def fill(a):
    a[1:4] = (1.5, 2.5, 3.5)
    a[::2] = (9, 8, 7)
    return a


print(fill(np.zeros(6)))
b = np.zeros(4, dtype=np.int32)
b[:2] = (3, 4)
b[2:] = (5.7, -1)
print(b)
try:
    b[:3] = (1, 2)
except ValueError as e:
    print('ValueError:', e)
