# Callbacks that C calls many times, in one C call and across several: after
# the first calls they go straight to their compiled function, and exits,
# errors, output, float arguments and callbacks nested in callbacks still
# behave as on the first call.
import sys

import numpy as np
from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
typedef int64_t (*binop_fn)(int64_t, int64_t);
int64_t fold(binop_fn f, const int64_t *xs, size_t n, int64_t init);
int64_t call_op(binop_fn f, int64_t a, int64_t b);
double integrate(double (*f)(double), double a, double b, int n);
""")
lib = ffi.dlopen(LIB)


@ffi.callback("int64_t(int64_t, int64_t)")
def step(acc, x):
    if x == 5000:
        # rare: leaves the compiled function through an exit
        return acc - x
    if x < 0:
        raise ValueError("negative element")
    return acc + x * 3


n = 10000
xs = np.arange(n, dtype=np.int64)
print(lib.fold(step, ffi.from_buffer("int64_t[]", xs), n, 0))
print(lib.fold(step, ffi.from_buffer("int64_t[]", xs), n, 7))
xs[9000] = -1
print(lib.fold(step, ffi.from_buffer("int64_t[]", xs), n, 0))
xs[9000] = 9000


@ffi.callback("int64_t(int64_t, int64_t)")
def noisy(acc, x):
    if x % 2500 == 0:
        print("at", x, acc)
    return acc + x


print(lib.fold(noisy, ffi.from_buffer("int64_t[]", xs), n, 0))


@ffi.callback("int64_t(int64_t, int64_t)")
def inner(a, b):
    return a * b


@ffi.callback("int64_t(int64_t, int64_t)")
def outer(acc, x):
    return acc + lib.call_op(inner, x, 2)


print(lib.fold(outer, ffi.from_buffer("int64_t[]", xs), n, 1))
print(lib.call_op(inner, 6, 7))


@ffi.callback("double(double)")
def square(x):
    return x * x


for k in range(3):
    print(round(lib.integrate(square, 0.0, 3.0 + k, 2000), 6))
