# adapted from numba/tests/test_array_iterators.py: array_iter, array_flat_sum, array_ndenumerate_sum, np_ndindex, array_view_iter
import numpy as np

from numba import njit


@njit
def array_iter(arr):
    total = 0
    for i, v in enumerate(arr):
        total += i * v
    return total


@njit
def array_flat_sum(arr):
    s = 0
    for i, v in enumerate(arr.flat):
        s = s + (i + 1) * v
    return s


@njit
def array_ndenumerate_sum(arr):
    s = 0
    for (i, j), v in np.ndenumerate(arr):
        s = s + (i + 1) * (j + 1) * v
    return s


@njit
def np_ndindex(x, y):
    s = 0
    n = 0
    for i, j in np.ndindex(x, y):
        s = s + (i + 1) * (j + 1)
    for i, j in np.ndindex((x, y)):
        n = n + (i + 1) * (j + 1)
    return s, n


@njit
def rows(a):
    out = []
    for row in a:
        out.append(row.sum())
    return out


a = np.arange(12).reshape(3, 4)
print(array_iter(np.arange(5)), array_flat_sum(a), array_flat_sum(a.T))
print(array_ndenumerate_sum(a), np_ndindex(3, 4))
print(rows(a))
