# libc's qsort sorting a numpy int64 array through cffi, with the
# comparison function written in the script as a cffi callback.
# qsort_ctypes.py is the same program over ctypes, qsort_cfunc.py uses a
# Numba-style @cfunc; all three print the same output.
#
#   rumba run examples/qsort/qsort.py
#   PYTHONPATH=tests/oracle python3 examples/qsort/qsort.py
import numpy as np
from cffi import FFI

ffi = FFI()
ffi.cdef("""
void qsort(void *base, size_t nmemb, size_t size,
           int (*compar)(const void *, const void *));
""")
libc = ffi.dlopen(None)   # the C library (the process's global symbols)


@ffi.callback("int(const void *, const void *)")
def ascending(pa, pb):
    a = ffi.cast("int64_t *", pa)[0]
    b = ffi.cast("int64_t *", pb)[0]
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


@ffi.callback("int(const void *, const void *)")
def by_last_digit(pa, pb):
    # by the last decimal digit of the absolute value, then by value
    a = ffi.cast("int64_t *", pa)[0]
    b = ffi.cast("int64_t *", pb)[0]
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
    libc.qsort(ffi.from_buffer(a), a.size, ffi.sizeof("int64_t"), compar)


a = np.array([31, -7, 12, 0, 99, -250, 12, 4, 1000003, -1], dtype=np.int64)
sort(a, ascending)
print(a)
sort(a, by_last_digit)
print(a)

b = np.arange(20, dtype=np.int64) * 7919 % 101 - 50
sort(b, ascending)
print(b)
print(b[0], b[b.size - 1])
