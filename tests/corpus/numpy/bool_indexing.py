# adapted from numba/tests/test_fancy_indexing.py: boolean mask getitem and setitem
import numpy as np

from numba import njit


@njit
def mask_get(a, lim):
    return a[a > lim]


@njit
def mask_set(a, lim):
    a[a > lim] = lim
    return a


@njit
def mask_flat(a):
    b = a.ravel()
    m = b % 2 == 0
    return b[m], m.sum()


a = np.array([5.0, 1.0, 7.0, 3.0, 9.0])
print(mask_get(a, 4.0))
print(mask_set(a.copy(), 4.0))
print(mask_flat(np.arange(12).reshape(3, 4)))
