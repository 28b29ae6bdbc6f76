# adapted from numba/tests/ctypes_usecases.py: use_c_vsquare (arrays passed to C as pointers), test_array_attr: array_ctypes_data
import ctypes
import ctypes.util

import numpy as np

from numba import njit

libc = ctypes.CDLL(ctypes.util.find_library("c"))
memcpy = libc.memcpy
memcpy.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t]
memcpy.restype = ctypes.c_void_p
memset = libc.memset
memset.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t]
memset.restype = ctypes.c_void_p


@njit
def copy_via_c(x):
    out = np.empty_like(x)
    memcpy(out.ctypes, x.ctypes, x.size * x.itemsize)
    return out


@njit
def clear_tail(x, k):
    memset(x[k:].ctypes.data, 0, (x.size - k) * x.itemsize)
    return x


print(copy_via_c(np.arange(5.0) * 1.5))
print(clear_tail(np.arange(1, 8), 4))
