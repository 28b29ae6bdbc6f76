# Callbacks C calls often enough to enter their compiled traces directly:
# an integer result that C takes as a double, a float argument, a fold
# whose callback raises once the sum grows (C gets 0 and goes on), a
# comparator that prints, and a callback whose trace is recorded on one
# branch and then called only with arguments that take the other.
import sys

import numpy as np
from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
typedef int64_t (*binop_fn)(int64_t, int64_t);
double integrate(double (*f)(double), double a, double b, int n);
int64_t fold(binop_fn f, const int64_t *xs, size_t n, int64_t init);
int64_t call_op(binop_fn f, int64_t a, int64_t b);
void qsort(void *base, size_t nmemb, size_t size,
           int (*compar)(const void *, const void *));
""")
lib = ffi.dlopen(LIB)
libc = ffi.dlopen(None)


def step(x):
    if x < 0.5:
        return 0
    return 2


print(round(lib.integrate(ffi.callback("double(double)", step), 0.0, 1.0, 1000), 9))


@ffi.callback("double(double)")
def half_square(x):
    return x * x / 2


print(round(lib.integrate(half_square, 0.0, 3.0, 2000), 6))

xs = ffi.new("int64_t[400]", list(range(400)))


@ffi.callback("int64_t(int64_t, int64_t)")
def capped(acc, x):
    if acc > 20000:
        raise OverflowError("too big")
    return acc + x


print(lib.fold(capped, xs, 400, 0))


@ffi.callback("int(const void *, const void *)")
def descending(a, b):
    x = ffi.cast("int64_t *", a)[0]
    y = ffi.cast("int64_t *", b)[0]
    if x == 500:
        print("500 meets", y)
    return (x < y) - (x > y)


a = np.arange(1000, dtype=np.int64) * 7 % 1000
libc.qsort(ffi.from_buffer("int64_t[]", a), 1000, 8, descending)
print(a[0], a[1], a[500], a[999], bool(np.all(a[:-1] >= a[1:])))


@ffi.callback("int64_t(int64_t, int64_t)")
def wide(x, y):
    if x > 1 << 40:
        return x % 1000 + y
    return x * y


total = 0
for i in range(200):
    total += lib.call_op(wide, i, i)
for i in range(200):
    total += lib.call_op(wide, (1 << 41) + i, i)
print(total)
