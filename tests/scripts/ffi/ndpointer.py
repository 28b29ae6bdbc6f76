import ctypes
import ctypes.util

import numpy as np
from numpy.ctypeslib import ndpointer

libc = ctypes.CDLL(ctypes.util.find_library("c"))
libm = ctypes.CDLL(ctypes.util.find_library("m"))
modf = libm.modf
modf.argtypes = [ctypes.c_double, ndpointer(np.float64, flags="C_CONTIGUOUS")]
modf.restype = ctypes.c_double
whole = np.zeros(3)
print(modf(-2.25, whole[1:]), whole)
memset = libc.memset
memset.argtypes = [np.ctypeslib.ndpointer(), ctypes.c_int, ctypes.c_size_t]
memset.restype = ctypes.c_void_p
b = np.zeros(6, dtype=np.uint8)
memset(b, 7, 4)
print(b)
frexp = libm.frexp
frexp.argtypes = [ctypes.c_double, ndpointer(dtype=np.int32, flags=("C", "ALIGNED"))]
frexp.restype = ctypes.c_double
e = np.zeros(2, dtype=np.int32)
print(frexp(48.0, e), e)
