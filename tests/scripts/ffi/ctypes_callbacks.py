# ctypes: CFUNCTYPE(restype, *argtypes) callbacks, made by calling the
# prototype on a function and by using it as a decorator, passed to libc's
# qsort and to ffitest's integrate, apply and fold.
import ctypes
import ctypes.util
import math
import sys

import numpy as np

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)
libc = ctypes.CDLL(ctypes.util.find_library("c"))

CMP = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_int32), ctypes.POINTER(ctypes.c_int32))
UNARY = ctypes.CFUNCTYPE(ctypes.c_double, ctypes.c_double)
VISIT = ctypes.CFUNCTYPE(None, ctypes.c_int, ctypes.c_void_p)
BINOP = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64, ctypes.c_int64)

libc.qsort.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, CMP]
libc.qsort.restype = None
lib.integrate.argtypes = [UNARY, ctypes.c_double, ctypes.c_double, ctypes.c_int]
lib.integrate.restype = ctypes.c_double
lib.apply.argtypes = [VISIT, ctypes.c_void_p]
lib.apply.restype = None
lib.fold.argtypes = [BINOP, ctypes.POINTER(ctypes.c_int64), ctypes.c_size_t, ctypes.c_int64]
lib.fold.restype = ctypes.c_int64


@CMP
def descending(pa, pb):
    return pb[0] - pa[0]


xs = np.array([4, -2, 9, 0, 7, 7, -5], dtype=np.int32)
libc.qsort(xs.ctypes.data, xs.size, 4, descending)
print(xs)


def square(x):
    return x * x


sq = UNARY(square)
print(round(lib.integrate(sq, 0.0, 3.0, 1000), 6))


def cosine(x):
    return math.cos(x)


print(round(lib.integrate(UNARY(cosine), 0.0, math.pi / 2, 1000), 6))


@VISIT
def accumulate(i, ud):
    p = ctypes.cast(ud, ctypes.POINTER(ctypes.c_int64))
    p[0] = p[0] * 10 + i
    print("apply", i, p[0])


acc = np.array([7], dtype=np.int64)
lib.apply(accumulate, acc.ctypes.data)
print(acc[0])


@BINOP
def max2(a, b):
    if a > b:
        return a
    return b


vals = (ctypes.c_int64 * 4)(3, -8, 12, 5)
print(lib.fold(max2, vals, 4, -100), lib.fold(max2, vals, 2, 0))


def plus_sq(a, b):
    return a + b * b


print(lib.fold(BINOP(plus_sq), vals, 4, 1))
