# adapted from numba/tests/test_ufuncs.py (broadcasting tests) and test_array_exprs.py: mixed-shape arithmetic
import numpy as np

from numba import njit


@njit
def outer_add(a, b):
    return a.reshape(-1, 1) + b


@njit
def normalize_rows(m):
    return m / m.sum(axis=1).reshape(-1, 1)


@njit
def scale_cols(m, w):
    return m * w


m = np.arange(1.0, 7.0).reshape(2, 3)
print(outer_add(np.arange(3), np.arange(4)))
print(normalize_rows(m))
print(scale_cols(m, np.array([1.0, 0.5, 0.25])))
print(m > 2.5, (m > 2.5).dtype)
