# compile error
# cffi: a union passed and returned by value; libffi cannot do it and cffi
# refuses with NotImplementedError when the function is looked up
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
ffi = FFI()
ffi.cdef("""
typedef union { int64_t i; double d; uint8_t bytes[8]; } num_u;
int64_t double_bits(double d);
num_u num_from_double(double d);
""")
lib = ffi.dlopen(LIB)
print(lib.double_bits(1.0))
u = lib.num_from_double(1.0)
print(u.i)
