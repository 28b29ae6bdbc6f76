# ctypes: indexing a NULL POINTER(c_int64) returned by C (find_first finds
# nothing)
import ctypes
import sys

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)
lib.find_first.argtypes = [ctypes.POINTER(ctypes.c_int64), ctypes.c_size_t, ctypes.c_int64]
lib.find_first.restype = ctypes.POINTER(ctypes.c_int64)
xs = (ctypes.c_int64 * 3)(1, 2, 3)
print(lib.find_first(xs, 3, 2)[0])
p = lib.find_first(xs, 3, 7)
print(p[0])
