# Numba-style @cfunc(sig): script functions compiled as C callbacks whose
# .address is handed to C (libc's qsort and ffitest's integrate, fold and
# call_op, declared with void * arguments through ctypes), and still
# callable from the script.
import ctypes
import math
import sys

import numpy as np
from numba import cfunc, float64, int32, int64, void

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)
libc = ctypes.CDLL(None)

libc.qsort.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, ctypes.c_void_p]
libc.qsort.restype = None
lib.integrate.argtypes = [ctypes.c_void_p, ctypes.c_double, ctypes.c_double, ctypes.c_int]
lib.integrate.restype = ctypes.c_double
lib.fold.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int64]
lib.fold.restype = ctypes.c_int64
lib.call_op.argtypes = [ctypes.c_void_p, ctypes.c_int64, ctypes.c_int64]
lib.call_op.restype = ctypes.c_int64

float64p = float64.pointer()
voidp = void.pointer()


@cfunc(int32(voidp, voidp))
def by_abs(pa, pb):
    a = abs(float64p(pa)[0])
    b = abs(float64p(pb)[0])
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


@cfunc("float64(float64)")
def bump(x):
    return math.exp(-x * x)


@cfunc(int64(int64, int64))
def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a


@cfunc(int64(int64, int64))
def hypot2(a, b):
    return a * a + b * b


xs = np.array([3.5, -0.25, -7.0, 1.0, 0.0, -2.0])
libc.qsort(xs.ctypes.data, xs.size, 8, by_abs.address)
print(xs)
print(round(lib.integrate(bump.address, -5.0, 5.0, 2000), 9), round(math.sqrt(math.pi), 9))
vals = np.array([84, 36, 120, 60], dtype=np.int64)
print(lib.fold(gcd.address, vals.ctypes.data, 4, 0), gcd(12, 18))
print(lib.call_op(hypot2.address, 3, 4), lib.call_op(gcd.address, 35, 21), hypot2(-1, 2))
print(bump.address != 0, bump.address == bump.address, bump(0.0))
