# Float arithmetic, conversions and NaN comparisons in compiled loops.
from numba import njit
import math


@njit
def series(n):
    s = 0.0
    t = 0.0
    for i in range(1, n):
        x = i * 0.001
        s += math.sin(x) * math.exp(-x) + math.sqrt(x)
        t += x % 0.3 + x // 0.7 + x ** 1.5
    return s, t


@njit
def nan_compares(n):
    nan = float("nan")
    lt = 0
    ge = 0
    ne = 0
    for i in range(n):
        x = nan if i % 4 == 0 else i * 1.0
        if x < 100.0:
            lt += 1
        if not (x < 100.0):
            ge += 1
        if x != x:
            ne += 1
    return lt, ge, ne


@njit
def convert(n):
    acc = 0
    for i in range(n):
        f = i * 1.75 - 300.0
        acc += int(f) + int(abs(f)) % 7
    return acc


@njit
def minmax(n):
    lo = 1e308
    hi = -1e308
    for i in range(n):
        v = math.cos(i * 0.37) * i
        lo = min(lo, v)
        hi = max(hi, v)
    return lo, hi


print(series(2000))
print(nan_compares(1000))
print(convert(1000))
print(minmax(1000))
