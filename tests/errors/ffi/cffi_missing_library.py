# cffi: dlopen of a library that does not exist
from cffi import FFI

ffi = FFI()
ffi.cdef("int add32(int a, int b);")
lib = ffi.dlopen("/nonexistent/libnope.so")
print(lib.add32(1, 2))
