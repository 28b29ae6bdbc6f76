# adapted from numba/tests/test_boundscheck.py: boundscheck=True raises IndexError('index is out of bounds') on any axis, in loops and callees
import numpy as np

from numba import njit


@njit(boundscheck=True)
def total(a, n):
    s = 0.0
    for i in range(n):
        s += a[i]
    return s


@njit(boundscheck=True)
def corner(a, i, j):
    return a[i, j]


@njit(boundscheck=True)
def store(a, i, v):
    a[i] = v
    return a.sum()


@njit
def caller(a, n):
    try:
        return total(a, n)
    except Exception:
        return -1.0


a = np.arange(1000.0)
print(total(a, 1000), total(a, 10))
for n in (999, 1000, 1001):
    try:
        print(total(a, n))
    except IndexError as e:
        print("IndexError:", e)
b = np.arange(12).reshape(3, 4)
for i, j in ((2, 3), (-1, -4), (3, 0), (0, 4), (-4, 0)):
    try:
        print(corner(b, i, j))
    except IndexError as e:
        print("IndexError:", e)
try:
    store(np.zeros(3), 3, 1.0)
except IndexError as e:
    print("IndexError:", e)
print(store(np.zeros(3), -1, 2.5), caller(a, 2000), caller(a, 4))
