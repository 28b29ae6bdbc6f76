# adapted from numba/tests/test_array_return.py: arrays of each dtype returned from jitted code, printed by numpy
import numpy as np

from numba import njit


@njit
def make(n):
    return (np.arange(n) - 2, np.arange(n) * 0.5 - 1, np.arange(n) > 2,
            np.arange(n) * (1 + 1j), np.zeros((0, 3)), np.arange(n).reshape(1, n) * 1000000)


for a in make(5):
    print(a.dtype, a.shape)
    print(a)
print(repr(make(3)[1]), repr(make(3)[2]))
