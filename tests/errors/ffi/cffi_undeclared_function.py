# compile error
# cffi: calling a function the library has but cdef() did not declare
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
ffi = FFI()
ffi.cdef("int32_t add32(int32_t a, int32_t b);")
lib = ffi.dlopen(LIB)
print(lib.add32(1, 2))
print(lib.add64(1, 2))
