# adapted from numba/tests/ctypes_usecases.py: use_c_sin, use_two_funcs (ctypes functions called from jitted code)
import ctypes
import ctypes.util
import math

from numba import njit

libm = ctypes.CDLL(ctypes.util.find_library("m"))

c_sin = libm.sin
c_sin.argtypes = [ctypes.c_double]
c_sin.restype = ctypes.c_double

c_cos = libm.cos
c_cos.argtypes = [ctypes.c_double]
c_cos.restype = ctypes.c_double

c_pow = libm.pow
c_pow.argtypes = [ctypes.c_double, ctypes.c_double]
c_pow.restype = ctypes.c_double


@njit
def use_c_sin(x):
    return c_sin(x)


@njit
def use_two_funcs(x):
    return c_sin(x) - c_cos(x)


@njit
def sum_pows(n):
    s = 0.0
    for i in range(n):
        s += c_pow(2.0, i)
    return s


print(use_c_sin(0.0), round(use_c_sin(math.pi / 6), 12))
print(round(use_two_funcs(0.5), 12))
print(sum_pows(10))
