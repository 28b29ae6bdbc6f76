# adapted from numba/tests/test_ufuncs.py: elementwise math ufuncs on arrays inside jitted code
import numpy as np

from numba import njit


@njit
def elementwise(a):
    return np.sqrt(a), np.exp(a), np.log1p(a), np.sin(a), np.abs(a - 2), np.floor(a * 1.5)


@njit
def binary(a, b):
    return np.add(a, b), np.maximum(a, b), np.power(a, 2), np.hypot(a, b), a * b - 1


np.set_printoptions(precision=6)
a = np.linspace(0.0, 4.0, 5)
for r in elementwise(a):
    print(r)
for r in binary(a, np.array([4.0, 3.0, 2.0, 1.0, 0.0])):
    print(r)
