# compile error
from cffi import FFI

ffi = FFI()
ffi.cdef("typedef struct { double x, y; } point_t;")
p = ffi.new("point_t *")
print(ffi.typeof(p))
