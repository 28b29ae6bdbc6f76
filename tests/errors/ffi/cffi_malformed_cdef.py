# compile error
# cffi: a cdef that is not valid C (a missing semicolon)
from cffi import FFI

ffi = FFI()
ffi.cdef("""
int add32(int a, int b)
double add1(double x);
""")
print("unreachable")
