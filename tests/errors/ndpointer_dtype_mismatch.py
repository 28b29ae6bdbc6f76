# compile error
import ctypes
import ctypes.util

import numpy as np
from numpy.ctypeslib import ndpointer

libm = ctypes.CDLL(ctypes.util.find_library("m"))
modf = libm.modf
modf.argtypes = [ctypes.c_double, ndpointer(np.float64)]
modf.restype = ctypes.c_double
print(modf(1.5, np.zeros(1, dtype=np.float32)))
