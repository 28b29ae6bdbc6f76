# cffi: reading through a NULL pointer returned by C (find_first finds
# nothing)
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
ffi = FFI()
ffi.cdef("int64_t *find_first(int64_t *xs, size_t n, int64_t value);")
lib = ffi.dlopen(LIB)
xs = ffi.new("int64_t[3]")
xs[1] = 7
print(lib.find_first(xs, 3, 7)[0])
p = lib.find_first(xs, 3, 8)
print(p == ffi.NULL)
print(p[0])
