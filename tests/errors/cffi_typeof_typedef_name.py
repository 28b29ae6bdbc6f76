# compile error
from cffi import FFI

ffi = FFI()
ffi.cdef("size_t strlen(const char *s);")
print(ffi.typeof('unsigned long'))
