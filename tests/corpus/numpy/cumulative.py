# adapted from numba/tests/test_array_reductions.py: array_cumsum, array_cumprod, array_nancumsum; test_np_functions: diff, ptp
import numpy as np

from numba import njit


@njit
def cumulative(a):
    return np.cumsum(a), np.cumprod(a), a.cumsum(), np.diff(a), np.ptp(a)


@njit
def nan_aware(a):
    return np.nansum(a), np.nanmax(a), np.nanmin(a), np.nanmean(a), np.isnan(a).sum()


for r in cumulative(np.array([1, 3, 2, 5, 4])):
    print(r)
for r in cumulative(np.array([0.5, 1.5, -2.0])):
    print(r)
print(nan_aware(np.array([1.0, np.nan, 3.0, -2.0])))
