# cffi: variadic C functions; the variadic arguments are cdata of the
# type C's va_arg reads (ffi.cast("int", ...), ffi.cast("double", ...)).
import sys

from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
int sum_ints(int n, ...);
double sum_doubles(int n, ...);
int64_t sum_mixed(const char *fmt, ...);
""")
lib = ffi.dlopen(LIB)

print(lib.sum_ints(0))
print(lib.sum_ints(1, ffi.cast("int", 41)))
print(lib.sum_ints(3, ffi.cast("int", 1), ffi.cast("int", 2), ffi.cast("int", 3)))
print(lib.sum_ints(2, ffi.cast("int", -10), ffi.cast("int", 4)))
print(lib.sum_ints(8, ffi.cast("int", 1), ffi.cast("int", 2), ffi.cast("int", 3),
                   ffi.cast("int", 4), ffi.cast("int", 5), ffi.cast("int", 6),
                   ffi.cast("int", 7), ffi.cast("int", 8)))
print(lib.sum_ints(2, ffi.cast("int", 5), ffi.cast("int", 6), ffi.cast("int", 100)))

print(lib.sum_doubles(0))
print(lib.sum_doubles(2, ffi.cast("double", 1.5), ffi.cast("double", 2.25)))
print(lib.sum_doubles(3, ffi.cast("double", 0.1), ffi.cast("double", 0.2), ffi.cast("double", 0.3)))
print(lib.sum_doubles(9, ffi.cast("double", 1.0), ffi.cast("double", 2.0), ffi.cast("double", 3.0),
                      ffi.cast("double", 4.0), ffi.cast("double", 5.0), ffi.cast("double", 6.0),
                      ffi.cast("double", 7.0), ffi.cast("double", 8.0), ffi.cast("double", 9.0)))

print(lib.sum_mixed(b""))
print(lib.sum_mixed(b"i", ffi.cast("int", 7)))
print(lib.sum_mixed(b"ild", ffi.cast("int", 1), ffi.cast("int64_t", 10000000000),
                    ffi.cast("double", 2.9)))
print(lib.sum_mixed(b"dd", ffi.cast("double", -1.5), ffi.cast("double", 3.5)))
print(lib.sum_mixed(b"lil", ffi.cast("int64_t", -1), ffi.cast("int", -2), ffi.cast("int64_t", -3)))


def sum_range(a, b):
    # two fixed arities in a loop
    s = 0
    for i in range(a, b):
        s += lib.sum_ints(2, ffi.cast("int", i), ffi.cast("int", i * i))
    return s


print(sum_range(0, 5), sum_range(-3, 3))
x = 2.5
print(lib.sum_doubles(2, ffi.cast("double", x), ffi.cast("double", x * x)))
