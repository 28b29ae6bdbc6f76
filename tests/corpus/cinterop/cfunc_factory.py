# adapted from numba/tests/test_cfunc.py and docs: cfuncs built by a factory function, passed to C (libc qsort) through cffi
import numpy as np
from cffi import FFI

from numba import cfunc, carray, types

ffi = FFI()
ffi.cdef("void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *));")
libc = ffi.dlopen(None)


def make_comparator(descending):
    sign = -1 if descending else 1

    @cfunc(types.intc(types.voidptr, types.voidptr))
    def cmp(a, b):
        x = carray(a, 1, np.float64)[0]
        y = carray(b, 1, np.float64)[0]
        if x < y:
            return -sign
        if x > y:
            return sign
        return 0
    return cmp


for desc in (False, True):
    c = make_comparator(desc)
    data = np.array([0.5, 3.0, -2.0, 1.5])
    libc.qsort(ffi.from_buffer(data), data.size, data.itemsize, c.cffi)
    print(desc, data)
