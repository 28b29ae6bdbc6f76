# adapted from numba docs (reference/types.rst "Arrays") and test_dispatcher.py: layouts in explicit signatures
import numpy as np

from numba import njit, float64, int64, types


@njit(float64(float64[::1]))
def sum_c(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@njit(float64(float64[:, :]))
def sum_2d(a):
    s = 0.0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j]
    return s


@njit(types.int64(types.Array(types.int64, 1, 'A')))
def count_odd(a):
    n = 0
    for v in a:
        n += v % 2
    return n


print(sum_c(np.arange(4.0)))
print(sum_2d(np.ones((2, 3))), sum_2d(np.ones((4, 6))[::2, ::3]))
print(count_odd(np.arange(10)), count_odd(np.arange(10)[::3]))
print(float64[::1], float64[:, :], int64[:, ::1], types.Array(types.int64, 1, 'A'))
