# adapted from numba/tests/test_cfunc.py and the cfunc docs: cfuncs made by factory functions, one per captured value, called through ctypes and cffi
import ctypes

from cffi import FFI
from numba import cfunc, types


def make_scaler(k):
    @cfunc(types.float64(types.float64))
    def scale(x):
        return x * k

    return scale


def make_affine(a, b):
    @cfunc("int64(int64)")
    def affine(x):
        return a * x + b

    return affine


s2 = make_scaler(2.0)
s3 = make_scaler(3.0)
print(s2.ctypes(1.5), s3.ctypes(1.5))
print(s2(4.0), s3(4.0))
print(s2.address != s3.address, s2.address > 0)
f = ctypes.CFUNCTYPE(ctypes.c_double, ctypes.c_double)(s3.address)
print(f(2.0))
ffi = FFI()
g = ffi.cast("int64_t (*)(int64_t)", make_affine(5, -1).address)
print(g(3))
total = 0
for i in range(3):
    h = make_affine(i, i + 1)
    total += h.ctypes(10)
    print(i, h.ctypes(10), h.cffi == ffi.NULL)
print(total)
