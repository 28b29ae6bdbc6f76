# adapted from the seed's rng example and issue reports: a library located at run time (find_library, os.path, environment)
import ctypes
import ctypes.util
import os

from numba import njit

name = ctypes.util.find_library("m")
path = os.environ.get("LIBM_PATH", name)
libm = ctypes.CDLL(path)
print(os.path.basename(__file__), name is not None)

expm1 = libm.expm1
expm1.argtypes = [ctypes.c_double]
expm1.restype = ctypes.c_double


@njit
def use(x):
    return expm1(x)


print(use(0.0), round(use(1e-10), 20))
