# adapted from the cfunc docs and numba/tests/test_cfunc.py: cfuncs made by factory functions, one C function per captured values,
# called from C (qsort) and through ctypes in a hot loop
import ctypes

import numpy as np
from cffi import FFI
from numba import carray, cfunc, types

ffi = FFI()
ffi.cdef("void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *));")
libc = ffi.dlopen(None)


def make_key_cmp(sign, offset):
    @cfunc(types.intc(types.voidptr, types.voidptr))
    def cmp(a, b):
        x = carray(a, 1, np.int64)[0] % offset
        y = carray(b, 1, np.int64)[0] % offset
        if x < y:
            return -sign
        if x > y:
            return sign
        return 0

    return cmp


def make_poly(c0, c1, c2):
    @cfunc(types.float64(types.float64))
    def poly(x):
        return c0 + c1 * x + c2 * x * x

    return poly


for sign, offset in ((1, 7), (-1, 7), (1, 5)):
    data = np.arange(20, dtype=np.int64)
    libc.qsort(ffi.from_buffer(data), data.size, data.itemsize, make_key_cmp(sign, offset).cffi)
    print(sign, offset, data % offset)

p = make_poly(1.0, -2.0, 0.5)
q = make_poly(0.0, 1.0, 0.0)
acc = 0.0
for i in range(2000):
    acc += p.ctypes(i * 0.001) - q.ctypes(i * 0.002)
print(round(acc, 6))
