# adapted from numba/tests/test_cfunc.py (test_numba_carray, test_numba_farray): carray/farray in jitted code, with dtype= and 3-D shapes
import ctypes

import cffi
import numpy as np
from numba import carray, cfunc, farray, njit, types

ffi = cffi.FFI()


@njit
def col_sums(arr, m, n):
    a = farray(ffi.from_buffer(arr), (m, n))
    out = np.zeros(n)
    for j in range(n):
        for i in range(m):
            out[j] += a[i, j]
    return out


@njit
def view3(arr):
    a = carray(ffi.from_buffer(arr), (2, 2, 2), dtype=np.float64)
    return a[1, 0, 1] + a.sum()


@njit
def fview3(arr):
    a = farray(ffi.from_buffer(arr), (2, 2, 2), np.float64)
    return a[1, 0, 1], a.strides, a.flags.f_contiguous, a.flags.c_contiguous


@njit
def fwrite(arr, m, n):
    a = farray(ffi.from_buffer(arr), (m, n))
    for i in range(m):
        a[i, 0] = -1.0
    return a.T.copy()


base = np.arange(8.0)
print(col_sums(base, 2, 4))
print(col_sums(base, 4, 2))
print(view3(base))
print(fview3(base))
w = np.arange(6.0)
print(fwrite(w, 3, 2))
print(w)

p = base.ctypes.data_as(ctypes.POINTER(ctypes.c_double))
print(farray(p, (2, 4)))
print(farray(p, (2, 2, 2)))
print(carray(p, 3, dtype=np.float64))
print(farray(p, 3))
i32 = np.arange(6, dtype=np.int32)
print(farray(i32.ctypes.data_as(ctypes.c_void_p), (3, 2), dtype=np.int32))


@cfunc(types.float64(types.CPointer(types.float64), types.intp, types.intp))
def fsum(ptr, m, n):
    a = farray(ptr, (m, n))
    return a[m - 1, 0] * 100 + a.sum()


print(fsum.ctypes(p, 2, 3))
