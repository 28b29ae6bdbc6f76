# adapted from numba/tests/test_array_reductions.py: np_percentile, np_quantile (scalar and array q, infinities at 0 and 100, NaN)
import numpy as np

from numba import njit


@njit
def percentile(x, q):
    return np.percentile(x, q)


@njit
def quantile(x, q):
    return np.quantile(x, q)


a = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0])
b = np.arange(10)
for q in [0, 10, 33.3, 50, 99.9, 100]:
    print(q, percentile(a, q), percentile(b, q), quantile(a, q / 100), quantile(b, q / 100))
print(percentile(a, np.array([10.0, 50.0, 90.0])), quantile(b, np.array([0.1, 0.5])))
print(percentile(np.array([1.0, np.inf, -np.inf]), 0.0), percentile(np.array([np.inf, 2.0]), 100.0))
print(percentile(np.array([1.0, np.nan]), 50.0), percentile(np.array([7.0]), 30.0))
print(percentile(np.arange(12.0).reshape(3, 4), 40.0))
try:
    percentile(a, 101.0)
except ValueError as e:
    print(e)
