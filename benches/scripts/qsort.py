# libc's qsort over 10^6 int64 with the comparator written in the script:
# a cffi callback that C calls for every comparison.
import sys

import numpy as np
from cffi import FFI
from numba import njit

ffi = FFI()
ffi.cdef("""
void qsort(void *base, size_t nmemb, size_t size,
           int (*compar)(const void *, const void *));
""")
libc = ffi.dlopen(None)


@ffi.callback("int(const void *, const void *)")
def compare(a, b):
    x = ffi.cast("int64_t *", a)[0]
    y = ffi.cast("int64_t *", b)[0]
    if x < y:
        return -1
    if x > y:
        return 1
    return 0


@njit
def fill(a):
    # Park and Miller's minimal standard generator: its products stay below
    # 2**53, so Lua's doubles compute the same numbers.
    s = 1
    for i in range(a.shape[0]):
        s = s * 16807 % 2147483647
        a[i] = s


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
a = np.empty(n, dtype=np.int64)
fill(a)
libc.qsort(ffi.from_buffer("int64_t[]", a), n, 8, compare)
print(a[0], a[n // 2], a[n - 1])
