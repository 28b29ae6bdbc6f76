# Short inner loops unrolled into traces: a while loop that runs a few
# iterations each time it is entered (its own recordings leave it), in a
# loop whose other branch exits to side traces; a range loop longer than
# the unrolling limit; a loop inside an inlined helper called twice.
import numpy as np
from numba import njit


@njit
def flips(n):
    q = np.arange(12, dtype=np.int64)
    total = 0
    for k in range(n):
        q0 = (k * 7 + k // 5) % 11
        if q0 >= 3:
            i = 1
            j = q0 - 1
            while i < j:
                q[i], q[j] = q[j], q[i]
                i += 1
                j -= 1
        total += q[k % 12] * (k % 5) + q0
    return total


@njit
def rows(n, width):
    s = 0
    for r in range(n):
        for c in range((r * 5) % width):
            s += c * r + 1
    return s


@njit
def span(a, lo, hi):
    t = 0
    while lo < hi:
        t += a[lo]
        lo += 2
    return t


@njit
def twice(a, n):
    s = 0
    for k in range(n):
        s += span(a, k % 3, k % 7) - span(a, k % 5, k % 4 + 3)
    return s


print(flips(5000))
print(flips(3))
print(rows(400, 23))
print(rows(400, 3))
a = np.arange(10, dtype=np.int64) * 3 - 7
print(twice(a, 2000))
