# cffi: an integer that does not fit the C parameter's type (cffi raises
# OverflowError; ctypes would truncate)
from cffi import FFI
ffi = FFI()
ffi.cdef("int abs(int); size_t strnlen(const char*, size_t); int toupper(int);")
lib = ffi.dlopen(None)
print(lib.abs(-5), lib.abs(2**31 - 1), lib.strnlen(b"abc", 2), lib.toupper(97))


def f(v):
    return lib.abs(v)


print(f(-7))
try_vals = [2**40]
print(f(try_vals[0]))
