# compile error
import ctypes
import ctypes.util

libm = ctypes.CDLL(ctypes.util.find_library("m"))
print(libm.cbrt(27.0))
