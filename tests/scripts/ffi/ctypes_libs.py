# ctypes: loading libraries four ways: CDLL(path), ctypes.cdll.LoadLibrary,
# CDLL(ctypes.util.find_library("m")) and CDLL(None) (the process's own
# symbols); the same C function through two handles; functions kept in
# variables and passed to script functions.
import ctypes
import ctypes.util
import math
import sys

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

lib1 = ctypes.CDLL(LIB)
lib2 = ctypes.cdll.LoadLibrary(LIB)
libm = ctypes.CDLL(ctypes.util.find_library("m"))
libc = ctypes.CDLL(None)

add1 = lib1.add1
add1.argtypes = [ctypes.c_double]
add1.restype = ctypes.c_double
mul64 = lib2.mul64
mul64.argtypes = [ctypes.c_int64, ctypes.c_int64]
mul64.restype = ctypes.c_int64
other_add1 = lib2.add1
other_add1.argtypes = [ctypes.c_double]
other_add1.restype = ctypes.c_double
print(add1(1.5), other_add1(1.5), mul64(-6, 7))

sin = libm.sin
sin.argtypes = [ctypes.c_double]
sin.restype = ctypes.c_double
libm.cos.argtypes = [ctypes.c_double]
libm.cos.restype = ctypes.c_double
libm.pow.argtypes = [ctypes.c_double, ctypes.c_double]
libm.pow.restype = ctypes.c_double
print(sin(0.0), libm.cos(0.0), libm.pow(2.0, 10.0), libm.pow(2.0, 0.5) == math.sqrt(2.0))
print(sin(1.0) == math.sin(1.0), round(libm.cos(math.pi), 12))

libc.abs.argtypes = [ctypes.c_int]
libc.abs.restype = ctypes.c_int
labs = libc.labs
labs.argtypes = [ctypes.c_long]
labs.restype = ctypes.c_long
print(libc.abs(-17), libc.abs(5), labs(-5000000000))
csin = libc.sin
csin.argtypes = [ctypes.c_double]
csin.restype = ctypes.c_double
print(csin(0.5) == sin(0.5))


def apply_twice(f, x):
    return f(f(x))


def table(f, n):
    s = 0.0
    for i in range(n):
        s += f(i * 0.25)
    return s


print(apply_twice(add1, 0.0), apply_twice(other_add1, -2.0))
print(round(table(sin, 8), 12), round(table(libm.cos, 8), 12), table(add1, 4))
print(apply_twice(labs, -3), mul64(apply_twice(libc.abs, -4), 10))
