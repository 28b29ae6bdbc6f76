# adapted from numba/tests/test_nan.py and test_array_reductions.py: NaN/inf comparisons and NaN-aware reductions
import numpy as np

from numba import njit


@njit
def isnan(x):
    return x != x


@njit
def compare(x, y):
    return x < y, x == y, x > y, max(x, y), min(x, y)


@njit
def nan_reduce(a):
    return np.nanargmax(a), np.nanargmin(a), np.nanprod(a), np.isinf(a).sum(), np.isfinite(a).sum()


print(isnan(np.nan), isnan(1.0), isnan(np.inf - np.inf))
print(compare(np.nan, 1.0), compare(np.inf, 1e308))
print(nan_reduce(np.array([2.0, np.nan, -np.inf, 4.0, np.inf, 0.5])))
