# Libraries at paths the script computes: from __file__ and os.path, an
# f-string, os.environ.get with a default, ctypes.util.find_library, and a
# path computed by a script function, each opened in a statement of its own.
import ctypes
import ctypes.util
import os
import sys

from cffi import FFI

HERE = os.path.dirname(os.path.abspath(__file__))
CLIB = os.path.join(HERE, "..", "..", "clib")


def lib_path(name):
    return os.path.join(CLIB, f"lib{name}.so")


lib1 = ctypes.CDLL(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../clib/libffitest.so"))
lib1.add1.argtypes = [ctypes.c_double]
lib1.add1.restype = ctypes.c_double
print(lib1.add1(1.5))

lib2 = ctypes.CDLL(lib_path("ffitest"))
lib2.mul64.argtypes = [ctypes.c_int64, ctypes.c_int64]
lib2.mul64.restype = ctypes.c_int64
print(lib2.mul64(-6, 7))

name = "ffitest"
ffi = FFI()
ffi.cdef("int add32(int a, int b); double fabs(double);")
lib3 = ffi.dlopen(f"{CLIB}/lib{name}.so")
print(lib3.add32(40, 2))

libm = ffi.dlopen(os.environ.get("RUMBA_TEST_UNSET_VARIABLE", ctypes.util.find_library("m")))
print(libm.fabs(-2.5))

libm2 = ctypes.CDLL(ctypes.util.find_library("m" if len(sys.argv) > 0 else "c"))
libm2.sqrt.argtypes = [ctypes.c_double]
libm2.sqrt.restype = ctypes.c_double
print(libm2.sqrt(2.0))

print(os.path.basename(lib_path("ffitest")), os.path.isfile(lib_path("ffitest")))
print(os.path.exists(os.path.join(CLIB, "libnope.so")), os.path.isdir(CLIB))
