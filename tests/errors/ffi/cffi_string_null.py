# cffi: ffi.string() on a NULL char * returned by C
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
ffi = FFI()
ffi.cdef("const char *weekday_name(int d);")
lib = ffi.dlopen(LIB)
for d in range(5, 9):
    print(d, ffi.string(lib.weekday_name(d)))
