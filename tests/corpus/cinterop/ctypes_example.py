# adapted from the former numba examples/ctypes_example.py
import ctypes.util
from ctypes import CDLL, CFUNCTYPE, c_double
from math import pi

from numba import jit

proc = CDLL(ctypes.util.find_library("m"))

c_sin = proc.sin
c_sin.argtypes = [c_double]
c_sin.restype = c_double


def use_c_sin(x):
    return c_sin(x)


ctype_wrapping = CFUNCTYPE(c_double, c_double)(use_c_sin)


def use_ctype_wrapping(x):
    return ctype_wrapping(x)


cfunc = jit(nopython=True)(use_c_sin)
print("%.6f" % cfunc(pi / 2), "%.3e" % abs(cfunc(pi)))

cfunc = jit(nopython=True)(use_ctype_wrapping)
print("%.6f" % cfunc(pi / 2))
