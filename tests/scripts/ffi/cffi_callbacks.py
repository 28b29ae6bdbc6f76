# cffi: script functions called from C as callbacks, made with the
# @ffi.callback(sig) decorator and with ffi.callback(sig, f): libc's qsort,
# ffitest's integrate, apply (with a void * user-data pointer), fold,
# set_callback/fire (kept by C for later) and for_each_f32.
import math
import sys

import numpy as np
from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
void qsort(void *base, size_t nmemb, size_t size,
           int (*compar)(const void *, const void *));
typedef int64_t (*binop_fn)(int64_t, int64_t);
double integrate(double (*f)(double), double a, double b, int n);
void apply(void (*cb)(int, void *), void *ud);
int64_t fold(binop_fn f, const int64_t *xs, size_t n, int64_t init);
void set_callback(int (*cb)(int));
int fire(int x);
void for_each_f32(const float *xs, size_t n, void (*cb)(float x, size_t i));
""")
libc = ffi.dlopen(None)
lib = ffi.dlopen(LIB)


@ffi.callback("int(const void *, const void *)")
def descending(pa, pb):
    a = ffi.cast("int32_t *", pa)[0]
    b = ffi.cast("int32_t *", pb)[0]
    return b - a


xs = np.array([4, -2, 9, 0, 7, 7, -5], dtype=np.int32)
libc.qsort(ffi.from_buffer(xs), xs.size, 4, descending)
print(xs)


def square(x):
    return x * x


def cosine(x):
    return math.cos(x)


sq = ffi.callback("double(double)", square)
print(round(lib.integrate(sq, 0.0, 3.0, 1000), 6))
print(round(lib.integrate(ffi.callback("double(double)", cosine), 0.0, math.pi / 2, 1000), 6))


@ffi.callback("void(int, void *)")
def accumulate(i, ud):
    p = ffi.cast("int64_t *", ud)
    p[0] = p[0] * 10 + i
    print("apply", i, p[0])


acc = ffi.new("int64_t *")
acc[0] = 7
lib.apply(accumulate, acc)
print(acc[0])


@ffi.callback("int64_t(int64_t, int64_t)")
def max2(a, b):
    if a > b:
        return a
    return b


def plus_sq(a, b):
    return a + b * b


vals = np.array([3, -8, 12, 5], dtype=np.int64)
vp = ffi.cast("int64_t *", ffi.from_buffer(vals))
print(lib.fold(max2, vp, 4, -100), lib.fold(max2, vp, 2, 0))
print(lib.fold(ffi.callback("int64_t(int64_t, int64_t)", plus_sq), vp, 4, 1))


@ffi.callback("int(int)")
def triple(x):
    return 3 * x


lib.set_callback(triple)
print(lib.fire(5), lib.fire(-7))


@ffi.callback("void(float, size_t)")
def show(x, i):
    print("item", i, x)


fs = np.array([0.5, 1.25, -2.0], dtype=np.float32)
lib.for_each_f32(ffi.cast("float *", ffi.from_buffer(fs)), fs.size, show)
