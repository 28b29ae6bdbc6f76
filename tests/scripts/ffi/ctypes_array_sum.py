import ctypes
from cffi import FFI

a = (ctypes.c_double * 4)(1.5, 2.0, 3.25, -0.75)
b = (ctypes.c_int * 3)(7, -2, 40)
c = (ctypes.c_uint8 * 2)(200, 100)
e = (ctypes.c_float * 2)(0.1, 0.2)
print(sum(a), sum(b), sum(c), sum(e))
print([x for x in b], max(x for x in a))
ffi = FFI()
d = ffi.new("long[3]", [1, 2, 3])
f = ffi.new("double[2]", [0.5, 0.25])
print(sum(d), sum(f))
