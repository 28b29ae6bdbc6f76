# adapted from numba docs (user/cfunc.rst) and the classic Numba example: libc qsort with a @cfunc comparator
import ctypes
import ctypes.util

import numpy as np

from numba import cfunc, carray, types

libc = ctypes.CDLL(ctypes.util.find_library("c"))
qsort = libc.qsort
qsort.restype = None
qsort.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, ctypes.c_void_p]


@cfunc(types.intc(types.CPointer(types.float64), types.CPointer(types.float64)))
def compare(a, b):
    x = carray(a, 1)[0]
    y = carray(b, 1)[0]
    if x < y:
        return -1
    elif x > y:
        return 1
    return 0


@cfunc(types.intc(types.voidptr, types.voidptr))
def compare_desc(a, b):
    x = carray(a, 1, np.int64)[0]
    y = carray(b, 1, np.int64)[0]
    if x < y:
        return 1
    elif x > y:
        return -1
    return 0


data = np.array([3.5, -1.0, 8.25, 0.0, 2.0, 2.0, -7.5])
qsort(data.ctypes.data, len(data), data.itemsize, compare.address)
print(data)
ints = np.array([5, 1, 4, 2, 3, 9, 0], dtype=np.int64)
qsort(ints.ctypes.data, len(ints), ints.itemsize, compare_desc.address)
print(ints)
