# adapted from numba/tests/test_array_constants.py and test_dyn_array.py: np.array from lists and tuples inside jitted code, np.asarray
import numpy as np

from numba import njit


@njit
def from_literals():
    a = np.array([1, 2, 3])
    b = np.array([[1.0, 2.0], [3.0, 4.0]])
    c = np.array((1.5, 2.5))
    return a, b, c


@njit
def from_list(n):
    l = [i * i for i in range(n)]
    return np.array(l), np.asarray(l)


for r in from_literals():
    print(r.dtype, r)
print(from_list(5))
