# adapted from numba/tests/test_np_functions.py: np.outer, np.cross, np.vdot-free products, np.kron
import numpy as np

from numba import njit


@njit
def products(a, b):
    return np.outer(a, b), np.cross(a, b), np.kron(a, b)


for r in products(np.array([1.0, 2.0, 3.0]), np.array([0.0, 1.0, -1.0])):
    print(r)
