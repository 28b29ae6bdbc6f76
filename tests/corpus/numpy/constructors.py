# adapted from numba/tests/test_dyn_array.py and test_array_methods.py: np.empty/zeros/ones/full/arange/linspace/eye/identity inside jitted code
import numpy as np

from numba import njit


@njit
def constructors(n):
    a = np.zeros(n)
    b = np.ones((2, n), dtype=np.int32)
    c = np.full(n, 7.5)
    d = np.arange(n)
    e = np.linspace(0.0, 1.0, n)
    f = np.eye(3)
    g = np.identity(2)
    h = np.zeros_like(b)
    i = np.ones_like(c)
    j = np.full_like(d, 3)
    return a, b, c, d, e, f, g, h, i, j


for arr in constructors(5):
    print(arr.dtype, arr.shape)
    print(arr)
