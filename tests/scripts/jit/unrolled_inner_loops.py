# Short inner loops unrolled into traces: a while loop that runs a few
# iterations each time it is entered (its own recordings leave it), in a
# loop whose other branch exits to side traces; a range loop longer than
# the unrolling limit; a loop inside an inlined helper called twice;
# compiled loops with a few iterations left, which side traces unroll or
# continue past (triangular pair loops, a nest over a small 3-D array).
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


@njit
def pairs(p, steps):
    n = p.shape[0]
    acc = 0.0
    for s in range(steps):
        for i in range(n):
            for j in range(i + 1, n):
                d = p[i] - p[j]
                acc += d * d * (s % 3 + 1)
                p[j] += 0.001 * d
        for i in range(n):
            p[i] *= 0.999
    return acc


@njit
def fill(z):
    for i in range(z.shape[0]):
        for j in range(z.shape[1]):
            for k in range(z.shape[2]):
                z[i, j, k] = i * 100 + j * 10 + k
    return z.sum()


print(flips(5000))
print(flips(3))
print(rows(400, 23))
print(rows(400, 3))
a = np.arange(10, dtype=np.int64) * 3 - 7
print(twice(a, 2000))
for n in (1, 2, 5, 7):
    print(round(pairs(np.arange(n, dtype=np.float64) * 1.5, 200), 6))
for shape in ((4, 5, 6), (2, 1, 3), (3, 4, 1), (1, 2, 9)):
    print(fill(np.zeros(shape)))
