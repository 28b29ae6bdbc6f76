# libc's qsort sorting a numpy int64 array through ctypes, with the
# comparison function written in the script as a CFUNCTYPE callback: the
# twin of qsort.py, printing the same output.
#
#   rumba run examples/qsort/qsort_ctypes.py
#   PYTHONPATH=tests/oracle python3 examples/qsort/qsort_ctypes.py
import ctypes
import ctypes.util

import numpy as np

libc = ctypes.CDLL(ctypes.util.find_library("c"))

CMPFUNC = ctypes.CFUNCTYPE(ctypes.c_int,
                           ctypes.POINTER(ctypes.c_int64),
                           ctypes.POINTER(ctypes.c_int64))

qsort = libc.qsort
qsort.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, CMPFUNC]
qsort.restype = None


@CMPFUNC
def ascending(pa, pb):
    a = pa[0]
    b = pb[0]
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


@CMPFUNC
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
    qsort(a.ctypes.data, a.size, ctypes.sizeof(ctypes.c_int64), compar)


a = np.array([31, -7, 12, 0, 99, -250, 12, 4, 1000003, -1], dtype=np.int64)
sort(a, ascending)
print(a)
sort(a, by_last_digit)
print(a)

b = np.arange(20, dtype=np.int64) * 7919 % 101 - 50
sort(b, ascending)
print(b)
print(b[0], b[b.size - 1])
