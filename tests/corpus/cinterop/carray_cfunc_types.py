# adapted from numba docs (user/cfunc.rst "Dealing with pointers and array memory") and numba/tests/test_cfunc.py: carray and farray of typed and void pointers, CPointer and voidptr signatures, array types in signatures
import ctypes
import ctypes.util

import numpy as np

from numba import carray, cfunc, farray, float64, int64, njit, types
from numba.core import types as core_types

libc = ctypes.CDLL(ctypes.util.find_library("c"))
qsort = libc.qsort
qsort.restype = None
qsort.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, ctypes.c_void_p]


@cfunc(types.intc(types.CPointer(types.int32), types.CPointer(types.int32)))
def by_abs(a, b):
    x = abs(carray(a, 1)[0])
    y = abs(carray(b, 1)[0])
    return (x > y) - (x < y)


@cfunc(core_types.intc(core_types.voidptr, core_types.voidptr))
def by_second(a, b):
    x = carray(a, 2, np.float64)
    y = carray(b, 2, np.float64)
    if x[1] < y[1]:
        return -1
    if x[1] > y[1]:
        return 1
    return 0


@cfunc(types.float64(types.CPointer(types.float64), types.intp, types.intp))
def corner_sum(p, m, n):
    c = carray(p, (m, n))
    f = farray(p, (n, m))
    return c[0, n - 1] + f[n - 1, 0] + c[m - 1, 0] * 100.0


@njit(float64(float64[::1]))
def total(a):
    s = 0.0
    for v in a:
        s += v
    return s


@njit(int64(types.Array(types.int64, 2, 'C')))
def trace(a):
    t = 0
    for i in range(min(a.shape[0], a.shape[1])):
        t += a[i, i]
    return t


ints = np.array([5, -1, 4, -2, 3, 9, 0], dtype=np.int32)
qsort(ints.ctypes.data, len(ints), ints.itemsize, by_abs.address)
print(ints)
pairs = np.array([[1.0, 3.5], [2.0, -1.0], [3.0, 2.25], [4.0, 0.0]])
qsort(pairs.ctypes.data, len(pairs), 2 * pairs.itemsize, by_second.address)
print(pairs)
grid = np.arange(6.0)
print(corner_sum.ctypes(grid.ctypes.data_as(ctypes.POINTER(ctypes.c_double)), 2, 3))
print(total(np.arange(5.0)), trace(np.arange(9).reshape(3, 3)))
