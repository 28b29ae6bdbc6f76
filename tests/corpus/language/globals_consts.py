# adapted from numba/tests/test_globals.py: global_ndarray, global_tuple, global float constants frozen at compile time
import numpy as np

from numba import njit

N = 10
SCALE = 2.5
WEIGHTS = np.array([0.5, 1.0, 1.5, 2.0])
NAMES = ("a", "b", "c")
TABLE = (1, 1, 2, 3, 5, 8)


@njit
def use_globals(x):
    total = 0.0
    for i in range(N):
        total += x * SCALE
    return total


@njit
def weighted(a):
    s = 0.0
    for i in range(WEIGHTS.size):
        s += WEIGHTS[i] * a[i]
    return s


@njit
def lookup(i):
    return TABLE[i] + len(NAMES)


print(use_globals(1.0), use_globals(2))
print(weighted(np.arange(4.0)))
print([lookup(i) for i in range(len(TABLE))])
