# adapted from numba/tests/ctypes_usecases.py: use_func_pointer (ctypes functions passed as arguments)
import ctypes
import ctypes.util

from numba import njit

libm = ctypes.CDLL(ctypes.util.find_library("m"))
c_sqrt = libm.sqrt
c_sqrt.argtypes = [ctypes.c_double]
c_sqrt.restype = ctypes.c_double
c_fabs = libm.fabs
c_fabs.argtypes = [ctypes.c_double]
c_fabs.restype = ctypes.c_double


@njit
def use_func_pointer(fa, fb, x):
    if x > 0:
        return fa(x)
    else:
        return fb(x)


print(use_func_pointer(c_sqrt, c_fabs, 16.0))
print(use_func_pointer(c_sqrt, c_fabs, -2.5))
