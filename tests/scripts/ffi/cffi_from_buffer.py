# cffi: numpy arrays handed to C with ffi.from_buffer (zero-copy: C writes
# are seen by the array), typed with ffi.from_buffer("double[]", a) or with
# ffi.cast, for whole arrays and for views.
import sys

import numpy as np
from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
void fill(double *out, int n, double v);
double sum(const double *xs, size_t n);
void scale_inplace(float *xs, size_t n, float factor);
void reverse_i32(int32_t *xs, size_t n);
int64_t *find_first(int64_t *xs, size_t n, int64_t value);
void minmax(const double *xs, size_t n, double *lo, double *hi);
""")
lib = ffi.dlopen(LIB)

a = np.zeros(6)
lib.fill(ffi.from_buffer("double[]", a), 4, 2.5)
print(a)
print(lib.sum(ffi.cast("double *", ffi.from_buffer(a)), a.size))
a[5] = -1.0
buf = ffi.from_buffer("double[]", a)
print(lib.sum(buf, 6), buf[0], buf[5])
p = ffi.cast("double *", buf)
p[1] = 7.0
print(a[1], p[0] + p[1])

f = np.arange(5, dtype=np.float32)
lib.scale_inplace(ffi.cast("float *", ffi.from_buffer(f)), f.size, 1.5)
print(f)

r = np.arange(7, dtype=np.int32) * 3
lib.reverse_i32(ffi.cast("int32_t *", ffi.from_buffer(r)), r.size)
print(r)
lib.reverse_i32(ffi.cast("int32_t *", ffi.from_buffer(r)) + 2, 3)
print(r)

xs = np.array([5, 8, 13, 8, 2], dtype=np.int64)
base = ffi.cast("int64_t *", ffi.from_buffer(xs))
hit = lib.find_first(base, xs.size, 8)
print(hit - base, hit[0], lib.find_first(base, xs.size, 99) == ffi.NULL)
hit[0] = -8
print(xs)

d = np.array([0.5, -3.0, 9.25, 4.0])
lo = ffi.new("double *")
hi = ffi.new("double *")
lib.minmax(ffi.from_buffer("double[]", d), d.size, lo, hi)
print(lo[0], hi[0])


def csum(arr):
    return lib.sum(ffi.from_buffer("double[]", arr), arr.size)


print(csum(np.ones(10)), csum(np.linspace(0.0, 1.0, 5)), csum(d))
m = np.arange(12, dtype=np.float64).reshape(3, 4)
print(csum(m), lib.sum(ffi.from_buffer("double[]", m[1]), 4))
lib.fill(ffi.cast("double *", ffi.from_buffer(m[2])), 4, 0.0)
print(m)
