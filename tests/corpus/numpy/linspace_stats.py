# adapted from numba/tests/test_np_functions.py: np.linspace, np.average, np.var/std, np.corrcoef-free moments
import numpy as np

from numba import njit


@njit
def moments(n):
    x = np.linspace(-1.0, 1.0, n)
    return x.mean(), np.var(x), np.std(x), np.average(x * x), np.median(np.abs(x))


@njit
def weighted(x, w):
    return np.sum(x * w) / np.sum(w)


print(["%.10f" % v for v in moments(11)])
print(weighted(np.array([1.0, 2.0, 3.0]), np.array([3.0, 1.0, 0.0])))
