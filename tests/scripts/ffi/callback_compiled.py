# Callbacks that C calls often enough to run compiled: a qsort comparator
# (entered directly as a function trace), one that leaves its trace on a
# rare branch, one that raises after many calls, and one that calls a
# recursive function (compiled self-calls inside a callback).
import sys

import numpy as np
from cffi import FFI

LIB = sys.argv[0].rpartition("/")[0] + "/../../clib/libffitest.so"

ffi = FFI()
ffi.cdef("""
typedef int64_t (*binop_fn)(int64_t, int64_t);
void qsort(void *base, size_t nmemb, size_t size,
           int (*compar)(const void *, const void *));
int64_t call_op(binop_fn f, int64_t a, int64_t b);
""")
libc = ffi.dlopen(None)
lib = ffi.dlopen(LIB)


@ffi.callback("int(const void *, const void *)")
def ascending(a, b):
    x = ffi.cast("int64_t *", a)[0]
    y = ffi.cast("int64_t *", b)[0]
    if x < y:
        return -1
    if x > y:
        return 1
    return 0


@ffi.callback("int(const void *, const void *)")
def odd_first(a, b):
    x = ffi.cast("int64_t *", a)[0]
    y = ffi.cast("int64_t *", b)[0]
    if x % 2 != y % 2:
        if x % 2 == 1:
            return -1
        return 1
    if x == 77:
        # rare: leaves the compiled comparator through an exit
        return -1 if y != 77 else 0
    if y == 77:
        return 1
    return -1 if x < y else (1 if x > y else 0)


n = 3000
a = np.empty(n, dtype=np.int64)
s = 1
for i in range(n):
    s = s * 16807 % 2147483647
    a[i] = s % 1000
libc.qsort(ffi.from_buffer("int64_t[]", a), n, 8, ascending)
print(a[0], a[n // 2], a[n - 1], bool(np.all(a[1:] >= a[:-1])))
libc.qsort(ffi.from_buffer("int64_t[]", a), n, 8, odd_first)
odd = a % 2 == 1
k = int(odd.sum())
print(k, a[0], a[k - 1], a[k], a[n - 1], bool(np.all(odd[:k])))


@ffi.callback("int64_t(int64_t, int64_t)")
def checked(x, y):
    if y < 0:
        raise ValueError("negative input")
    return x + y * 2


total = 0
for i in range(300):
    total += lib.call_op(checked, i, i % 7)
print(total)
print(lib.call_op(checked, 5, -1))
print(lib.call_op(checked, 5, 1))


def fib(m):
    if m < 2:
        return m
    return fib(m - 1) + fib(m - 2)


@ffi.callback("int64_t(int64_t, int64_t)")
def fib_sum(x, y):
    return fib(x) + fib(y)


total = 0
for i in range(40):
    total += lib.call_op(fib_sum, i % 15, 3)
print(total)
