# adapted from numba/tests/test_np_functions.py: searchsorted, digitize, bincount, histogram, interp
import numpy as np

from numba import njit


@njit
def searchsorted(a, v):
    return np.searchsorted(a, v), np.searchsorted(a, v, side='right')


@njit
def digitize(x, bins):
    return np.digitize(x, bins)


@njit
def bincount(a):
    return np.bincount(a)


@njit
def histogram(a, bins):
    return np.histogram(a, bins)


@njit
def interp(x, xp, fp):
    return np.interp(x, xp, fp)


a = np.array([1.0, 2.0, 2.0, 3.0, 5.0])
print(searchsorted(a, np.array([0.0, 2.0, 4.0, 6.0])))
print(digitize(np.array([0.2, 6.4, 3.0, 1.6]), np.array([0.0, 1.0, 2.5, 4.0, 10.0])))
print(bincount(np.array([0, 1, 1, 3, 2, 1, 7])))
print(histogram(np.array([1.0, 2.0, 1.0, 4.0, 3.5, 0.5]), 3))
print(interp(np.array([0.5, 1.5, 2.5]), np.array([0.0, 1.0, 3.0]), np.array([10.0, 20.0, 0.0])))
