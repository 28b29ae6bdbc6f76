# np.isclose, np.allclose, np.array_equal; the NaN-ignoring reductions
# (nansum, nanprod, nanmin, nanmax, nanmean, nanstd, nanvar, nanargmin, nanargmax).
import numpy as np
from numba import njit

a = np.array([1.0, 2.0, np.nan, 1e-9, np.inf])
b = np.array([1.0, 2.0000001, np.nan, 0.0, np.inf])
print(np.isclose(a, b), np.isclose(a, b, equal_nan=True), np.allclose(a[:2], b[:2]))
print(np.isclose(1.0, 1.0 + 1e-9), np.isclose(a, 1.0), np.allclose(a, b, rtol=0.0, atol=0.0))
print(np.array_equal(a, a), np.array_equal(a[:2], b[:2]), np.array_equal(np.arange(3), np.array([0, 1, 2])))
x = np.array([2.0, np.nan, -np.inf, 4.0, np.inf, 0.5])
print(np.nanargmax(x), np.nanargmin(x), np.nanprod(x), np.nansum(x), np.nanmax(x), np.nanmin(x))
y = np.array([1.0, np.nan, 3.0])
print(np.nanmean(y), np.nanstd(y), np.nanvar(y), np.nansum(np.arange(4)), np.nanmax(np.arange(4)))


@njit
def jitted(a, b):
    return np.isclose(a, b), np.allclose(a, b), np.nanmax(a), np.nanargmin(a), np.nansum(a), np.nanmean(a)


print(jitted(np.array([1.0, np.nan, 3.0]), np.array([1.0, 2.0, 3.0])))
