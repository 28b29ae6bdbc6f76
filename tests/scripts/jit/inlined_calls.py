# Small functions called from hot loops are inlined into the trace; exits
# from inside them must rebuild the interpreter's frames.
from numba import njit
import numpy as np


@njit
def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


@njit
def weight(a, i):
    return a[i] * 0.5 + clamp(a[i], 1.0, 50.0)


@njit
def total(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += weight(a, i)
    return s


@njit
def pair(i):
    return i * 2, i % 7


@njit
def use_pairs(n):
    x = 0
    y = 0
    for i in range(n):
        p, q = pair(i)
        x += p
        y += q
    return x, y


a = np.linspace(-10.0, 100.0, 500)
print(total(a))
print(use_pairs(1000))
