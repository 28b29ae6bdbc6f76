# qsort from libc over 10^6 int64, with the comparator written in the
# script and called back from C for every comparison.
import sys

import numpy as np
from cffi import FFI

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


def fill(a):
    # A 64-bit LCG, the same numbers as the C and Lua versions.
    s = 12345
    for i in range(a.shape[0]):
        s = (s * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        a[i] = (s >> 33) % 1000000007
    return a


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
a = fill(np.zeros(n, dtype=np.int64))
libc.qsort(ffi.from_buffer("int64_t[]", a), n, 8, compare)
print(a[0], a[n // 2], a[n - 1])
