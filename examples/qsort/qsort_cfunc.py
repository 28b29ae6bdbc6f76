# libc's qsort with comparison functions compiled as C callbacks by
# Numba-style @cfunc: each has a C address (.address) and a ctypes function
# object (.ctypes). The twin of qsort.py, printing the same output.
#
#   rumba run examples/qsort/qsort_cfunc.py
#   PYTHONPATH=tests/oracle python3 examples/qsort/qsort_cfunc.py
import ctypes
import ctypes.util

import numpy as np
from numba import cfunc, int32, int64

int64p = int64.pointer()

libc = ctypes.CDLL(ctypes.util.find_library("c"))
qsort = libc.qsort
qsort.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, ctypes.c_void_p]
qsort.restype = None


@cfunc(int32(int64p, int64p))
def ascending(pa, pb):
    a = pa[0]
    b = pb[0]
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


@cfunc(int32(int64p, int64p))
def by_last_digit(pa, pb):
    # by the last decimal digit of the absolute value, then by value
    a = pa[0]
    b = pb[0]
    da = abs(a) % 10
    db = abs(b) % 10
    if da != db:
        return da - db
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


def sort(a, compar):
    qsort(a.ctypes.data, a.size, 8, compar.address)


a = np.array([31, -7, 12, 0, 99, -250, 12, 4, 1000003, -1], dtype=np.int64)
sort(a, ascending)
print(a)
sort(a, by_last_digit)
print(a)

b = np.arange(20, dtype=np.int64) * 7919 % 101 - 50
sort(b, ascending)
print(b)
print(b[0], b[b.size - 1])
