# compile error
# ctypes: a function the library does not export
import ctypes
import sys

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)
print(lib.add32(1, 2))
f = lib.no_such_function
print(f(1))
