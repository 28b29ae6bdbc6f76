# compile error
# cffi: a str passed to a double parameter
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
ffi = FFI()
ffi.cdef("""
int32_t add32(int32_t a, int32_t b);
double add1(double x);
""")
lib = ffi.dlopen(LIB)
print(lib.add32(1, 2), lib.add1(0.5))
print(lib.add1("1.5"))
