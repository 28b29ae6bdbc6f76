# ctypes: arrays (c_double * n)() and (c_int64 * n)(...) passed to C,
# POINTER types in argtypes and restype, indexing and writing through
# pointers, ctypes.cast between pointer types, and numpy buffers passed by
# address (a.ctypes.data).
import ctypes
import sys

import numpy as np

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"
lib = ctypes.CDLL(LIB)

c_double_p = ctypes.POINTER(ctypes.c_double)
c_int64_p = ctypes.POINTER(ctypes.c_int64)
lib.fill.argtypes = [c_double_p, ctypes.c_int, ctypes.c_double]
lib.fill.restype = None
lib.sum.argtypes = [c_double_p, ctypes.c_size_t]
lib.sum.restype = ctypes.c_double
lib.find_first.argtypes = [c_int64_p, ctypes.c_size_t, ctypes.c_int64]
lib.find_first.restype = c_int64_p
lib.reverse_i32.argtypes = [ctypes.POINTER(ctypes.c_int32), ctypes.c_size_t]
lib.reverse_i32.restype = None
lib.pick_max.argtypes = [c_double_p, ctypes.c_size_t]
lib.pick_max.restype = c_double_p

xs = (ctypes.c_double * 5)()
print(xs[0], xs[4])
lib.fill(xs, 5, 1.5)
xs[2] = 10.0
print(xs[0], xs[2], xs[4], lib.sum(xs, 5), lib.sum(xs, 2))
m = lib.pick_max(xs, 5)
print(m[0], m[-2], m[2])
m[0] = -1.0
print(xs[2], lib.pick_max(xs, 5)[0])

ys = (ctypes.c_int64 * 6)(0, 1, 4, 9, 16, 25)
p = lib.find_first(ys, 6, 9)
print(p[0], p[1], p[-3])
p[0] = -9
p[2] = 100
print(ys[3], ys[5])

DoubleArray3 = ctypes.c_double * 3
t = DoubleArray3(1.0, 2.0, 3.0)
print(lib.sum(t, 3), t[1])
ns = (ctypes.c_int32 * 7)(0, 10, 20, 30, 40, 50, 60)
lib.reverse_i32(ns, 7)
print(ns[0], ns[1], ns[5], ns[6])

cp = ctypes.cast(ys, c_int64_p)
print(cp[5], cp[2], cp[0])
dp = ctypes.cast(ys, c_double_p)
print(dp[0], ctypes.cast(dp, c_int64_p)[4])

a = np.zeros(4)
lib.fill(ctypes.cast(a.ctypes.data, c_double_p), 3, 0.25)
print(a, lib.sum(ctypes.cast(a.ctypes.data, c_double_p), 4))
b = np.arange(5, dtype=np.int64)
hit = lib.find_first(ctypes.cast(b.ctypes.data, c_int64_p), 5, 3)
hit[0] = 33
print(b)


def csum(n):
    buf = (ctypes.c_double * 8)()
    for i in range(n):
        buf[i] = i * 0.5
    return lib.sum(buf, n)


print(csum(8), csum(3), csum(0))

# byref with a byte offset: C fills the second half of the array.
half = (ctypes.c_double * 6)()
lib.fill.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_double]
lib.fill(ctypes.byref(half, 3 * ctypes.sizeof(ctypes.c_double)), 3, 2.5)
print(half[0], half[2], half[3], half[5])
