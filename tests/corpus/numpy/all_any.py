# adapted from numba/tests/test_array_reductions.py: array_all, array_any, array_all_global, array_any_global; count_nonzero
import numpy as np

from numba import njit


@njit
def array_all(arr):
    return arr.all()


@njit
def array_any_global(arr):
    return np.any(arr)


@njit
def count(a):
    return np.count_nonzero(a), (a > 2).sum(), np.all(a >= 0)


for arr in (np.array([1, 2, 3]), np.array([0, 2, 3]), np.zeros(3), np.array([True, False])):
    print(array_all(arr), array_any_global(arr))
print(count(np.array([0, 1, 2, 3, 4, 0])))
