# adapted from numba/tests/test_array_reductions.py: array_argmin, array_argmax, array_amin, array_amax with ties and NaN
import numpy as np

from numba import njit


@njit
def extremes(a):
    return a.argmin(), a.argmax(), np.amin(a), np.amax(a)


print(extremes(np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3])))
print(extremes(np.array([2.5, -1.0, 7.25, 7.25])))
print(extremes(np.array([1.0, np.nan, 3.0])))
print(extremes(np.arange(12).reshape(3, 4)[:, 1]))
