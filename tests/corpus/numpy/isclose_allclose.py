# adapted from numba/tests/test_np_functions.py: np_isclose, np_allclose, np_array_equal, np_isnan
import numpy as np

from numba import njit


@njit
def close(a, b):
    return np.isclose(a, b), np.allclose(a, b), np.array_equal(a, b)


a = np.array([1.0, 2.0, np.nan, 1e-9])
b = np.array([1.0, 2.0000001, np.nan, 0.0])
print(close(a, b))
print(close(a[:2], a[:2]))
