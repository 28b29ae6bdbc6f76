# adapted from numba/tests/test_fancy_indexing.py: integer-array getitem and setitem
import numpy as np

from numba import njit


@njit
def take(a, idx):
    return a[idx]


@njit
def put(a, idx, v):
    a[idx] = v
    return a


@njit
def rows(a, idx):
    return a[idx, :], a[:, idx]


a = np.arange(10) * 10
print(take(a, np.array([3, 1, 8])), take(a, np.array([-1, 0])))
print(put(a.copy(), np.array([0, 2, 4]), 99))
b = np.arange(16).reshape(4, 4)
r, c = rows(b, np.array([2, 0]))
print(r)
print(c)
print(np.take(a, [1, 2]), a.take(np.array([5])))
