# adapted from numba/tests/test_array_methods.py: np_unique, np_where_1, np_where_3, array_nonzero; test_array_manipulation: numpy_argwhere, numpy_flatnonzero
import numpy as np

from numba import njit


@njit
def np_unique(a):
    return np.unique(a)


@njit
def np_where_3(c, x, y):
    return np.where(c, x, y)


@njit
def np_where_1(c):
    return np.where(c)


@njit
def nonzero(a):
    return np.nonzero(a), np.argwhere(a), np.flatnonzero(a)


print(np_unique(np.array([3, 1, 2, 3, 1, 7])))
a = np.arange(6)
print(np_where_3(a > 2, a, -a))
print(np_where_3(a % 2 == 0, 1.5, 0.0))
print(np_where_1(a > 3))
print(nonzero(np.array([[0, 2], [3, 0]])))
