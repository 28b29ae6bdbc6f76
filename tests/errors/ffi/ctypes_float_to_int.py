# compile error
# ctypes: a float passed to a c_int32 parameter
import ctypes
import sys

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)
lib.add32.argtypes = [ctypes.c_int32, ctypes.c_int32]
lib.add32.restype = ctypes.c_int32
lib.add1.argtypes = [ctypes.c_double]
lib.add1.restype = ctypes.c_double
print(lib.add32(1, 2), lib.add1(0.5))
print(lib.add32(2, 1.5))
