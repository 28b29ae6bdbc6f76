# searchsorted (side), digitize (right, decreasing bins), bincount, histogram
# with a number of bins, interp; NaN sorts last.
import numpy as np
from numba import njit

a = np.array([1.0, 2.0, 2.0, 3.0, 5.0, np.nan])
v = np.array([0.0, 2.0, 4.0, 6.0, np.nan])
print(np.searchsorted(a, v), np.searchsorted(a, v, side='right'), np.searchsorted(a, 2.0))
print(np.searchsorted(np.arange(5), 3), np.searchsorted(np.arange(5), np.array([[1, 9], [-1, 2]])))
x = np.array([0.2, 6.4, 3.0, 1.6, 4.0, -1.0])
print(np.digitize(x, np.array([0.0, 1.0, 2.5, 4.0, 10.0])), np.digitize(x, np.array([0.0, 1.0, 2.5, 4.0, 10.0]), right=True))
print(np.digitize(x, np.array([10.0, 4.0, 2.5, 1.0, 0.0])), np.digitize(3.0, np.array([1.0, 5.0])))
print(np.bincount(np.array([0, 1, 1, 3, 2, 1, 7])), np.bincount(np.zeros(0, dtype=np.int64)))
print(np.histogram(np.array([1.0, 2.0, 1.0, 4.0, 3.5, 0.5]), 3), np.histogram(np.array([2.0, 2.0]), bins=2))
print(np.histogram(np.arange(10)))
print(np.interp(np.array([-1.0, 0.5, 1.0, 1.5, 2.5, 3.0, 4.0]), np.array([0.0, 1.0, 3.0]), np.array([10.0, 20.0, 0.0])))
print(np.interp(2.0, np.array([1.0, 3.0]), np.array([0.0, 1.0])))


@njit
def jitted(a, v, x, bins):
    return np.searchsorted(a, v), np.digitize(x, bins), np.interp(x, bins, bins * 2.0), np.histogram(x, 4)


print(jitted(np.array([1.0, 2.0, 3.0]), np.array([2.5, 0.0]), np.array([0.5, 1.5, 3.5]), np.array([0.0, 1.0, 2.0, 4.0])))
