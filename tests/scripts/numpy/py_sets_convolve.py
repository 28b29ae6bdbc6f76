# numpy functions rumba writes in Python: set operations, nan-aware reductions, select, convolve
import numpy as np
from numba import njit
a = np.array([3, 1, 4, 1, 5, 9, 2, 6])
b = np.array([2, 7, 1, 8, 2, 8])
print(np.isin(a, b), np.isin(a, b, invert=True), np.isin(np.array([[1, 2], [3, 9]]), a))
print(np.intersect1d(a, b), np.union1d(a, b), np.setdiff1d(a, b), np.setxor1d(a, b))
print(np.intersect1d(np.array([1.5, 2.5]), np.array([2.5])))
print(np.ediff1d(a), np.ediff1d(a, to_begin=np.array([-99]), to_end=np.array([88, 99])))
y = np.array([1.0, 2.5, 4.0, 3.0])
print(np.trapezoid(y), np.trapezoid(y, dx=0.5), np.trapezoid(y, np.array([0.0, 1.0, 3.0, 3.5])))
z = np.array([1.0, np.nan, np.inf, -np.inf, 2.0])
print(np.nan_to_num(z), np.nan_to_num(z, nan=-1.0, posinf=9.0, neginf=-9.0))
print(np.nancumsum(z[:2]), np.nancumprod(np.array([2.0, np.nan, 3.0])))
w = np.array([3.0, np.nan, 1.0, 7.0, np.nan, 2.0])
print(np.nanmedian(w), np.nanpercentile(w, 25), np.nanquantile(w, 0.9))
x = np.arange(10)
print(np.select([x < 3, x > 5], [x, x ** 2]), np.select([x < 3, x > 5], [x * 1.5, x * 2.0], 42))
print(np.extract(x % 3 == 0, x), np.extract(np.array([[1, 0], [0, 1]]), np.array([[5, 6], [7, 8]])))
m = np.zeros((3, 4))
np.fill_diagonal(m, 5.0)
print(m)
m2 = np.zeros((5, 3), dtype=np.int64)
np.fill_diagonal(m2, np.array([1, 2]), wrap=True)
print(m2)
print(np.indices((2, 3)), np.indices((2, 2, 2)).shape)
print(np.resize(np.array([1, 2, 3]), (2, 4)), np.resize(np.array([1.5, 2.5]), 5))
print(np.trim_zeros(np.array([0, 0, 1, 2, 0, 3, 0])), np.trim_zeros(np.array([0, 1, 0]), "f"))
print(np.asarray_chkfinite(np.array([1.0, 2.0])))
print(np.vdot(np.array([1.0, 2.0]), np.array([3.0, 4.0])))
print(np.isposinf(z), np.isneginf(z))
for n in (1, 3, 4, 6):
    for k in (1, 2, 4, 7):
        p = np.arange(1.0, n + 1) * 1.37
        q = np.arange(2.0, k + 2) * 0.71
        print(n, k, np.convolve(p, q), np.convolve(p, q, "same"), np.convolve(p, q, "valid"),
              np.correlate(p, q), np.correlate(p, q, "same"), np.correlate(p, q, "full"))
print(np.convolve(np.array([1, 2, 3]), np.array([0, 1, 0.5])), np.convolve(np.array([1, 2, 3]), np.array([1, 1])))
@njit
def jf(a, b):
    return np.intersect1d(a, b), np.isin(a, b), np.convolve(a, b), np.trapezoid(a * 1.0), np.nanmedian(a * 1.0)
print(jf(a, b))
