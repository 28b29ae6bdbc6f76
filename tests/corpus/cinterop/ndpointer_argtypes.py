# adapted from the numpy.ctypeslib documentation, as used with Numba programs: ndpointer argtypes, byref out-parameters
import ctypes
import ctypes.util

import numpy as np
from numpy.ctypeslib import ndpointer

libm = ctypes.CDLL(ctypes.util.find_library("m"))
modf = libm.modf
modf.argtypes = [ctypes.c_double, ndpointer(np.float64, flags="C_CONTIGUOUS")]
modf.restype = ctypes.c_double
frexp = libm.frexp
frexp.argtypes = [ctypes.c_double, ctypes.POINTER(ctypes.c_int)]
frexp.restype = ctypes.c_double

ip = np.zeros(1)
print(modf(7.75, ip), ip)
e = ctypes.c_int()
print(frexp(48.0, ctypes.byref(e)), e.value)
