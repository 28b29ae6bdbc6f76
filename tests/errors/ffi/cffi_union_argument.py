# compile error
# cffi: a union passed by value as an argument; libffi cannot do it and
# cffi refuses with NotImplementedError at the call
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
ffi = FFI()
ffi.cdef("""
typedef union { int64_t i; double d; uint8_t bytes[8]; } num_u;
double num_as_double(num_u u);
""")
lib = ffi.dlopen(LIB)
u = ffi.new("num_u *")
u.d = 2.5
print(u.i)
print(lib.num_as_double(u[0]))
