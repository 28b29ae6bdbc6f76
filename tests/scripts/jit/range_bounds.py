# Bounds checks in range loops, which the JIT proves from the loop's range
# and hoists: stops below, at and beyond the array's length, steps above
# one, starts past zero, negative starts, loops that break before an
# out-of-range index, while loops, and 2-D arrays.
import numpy as np
from numba import njit


@njit
def fill(a, start, stop, step):
    for j in range(start, stop, step):
        a[j] = j
    return a.sum()


@njit
def total_until(a, stop, limit):
    s = 0
    for j in range(stop):
        if j >= limit:
            break
        s += a[j]
    return s


@njit
def next_sum(a, n):
    s = 0
    for j in range(n):
        s += a[j + 1]
    return s


@njit
def while_sum(a, n):
    s = 0
    i = 0
    while i < n:
        s += a[i]
        i += 1
    return s


@njit
def grid(m, rows, cols):
    t = 0.0
    for i in range(rows):
        for j in range(cols):
            t += m[i, j] * (i + 1)
    return t


@njit
def safe(a, start, stop):
    try_sum = 0
    for j in range(start, stop):
        if j < len(a):
            try_sum += a[j]
    return try_sum


a = np.zeros(100, dtype=np.int64)
print(fill(a, 0, 100, 1))
print(fill(a, 3, 100, 7))
print(fill(a, 50, 60, 1))
print(fill(a, 0, 0, 1))
b = np.arange(1000, dtype=np.int64)
for lim in (10, 999, 1000):
    print(total_until(b, 5000, lim))
print(next_sum(b, 998))
print(while_sum(b, 1000))
print(while_sum(b, 17))
m = np.arange(60.0).reshape(6, 10)
print(grid(m, 6, 10))
print(grid(m, 3, 4))
print(safe(b, 990, 1200))
print(safe(b, 0, 1000))
