# cffi: dlopen of the short names "m" and "c", resolved as cffi does.
from cffi import FFI
ffi = FFI()
ffi.cdef("double cos(double x); double hypot(double x, double y); int abs(int x);")
libm = ffi.dlopen("m")
libc = ffi.dlopen("c")
print(libm.cos(0.0), libm.hypot(3.0, 4.0), libc.abs(-7))
