# A NULL c_char_p result: ctypes gives None, rumba's bytes are never None.
import ctypes
import sys

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)
lib.weekday_name.argtypes = [ctypes.c_int]
lib.weekday_name.restype = ctypes.c_char_p

print(lib.weekday_name(1))
print(lib.weekday_name(9))
