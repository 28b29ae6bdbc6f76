# adapted from numba/tests/test_indexing.py: slicing_1d_usecase*, slicing_2d_usecase, integer_indexing_1d_usecase
import numpy as np

from numba import njit


@njit
def slicing_1d_usecase(a, start, stop, step):
    return a[start:stop:step]


@njit
def slicing_2d_usecase(a, start1, stop1, step1, start2, stop2, step2):
    return a[start1:stop1:step1, start2:stop2:step2]


@njit
def partial_2d(a, i):
    return a[i], a[:, i], a[i, 1:], a[-1]


@njit
def assign_slice(a):
    a[1:4] = 0
    a[::3] = -1
    return a


a = np.arange(10)
print(slicing_1d_usecase(a, 2, 8, 2), slicing_1d_usecase(a, 8, 1, -3), slicing_1d_usecase(a, -3, 10, 1))
b = np.arange(20).reshape(4, 5)
print(slicing_2d_usecase(b, 1, 4, 2, 0, 5, 2))
print(slicing_2d_usecase(b, 3, 0, -1, 4, 0, -2))
for r in partial_2d(b, 2):
    print(r)
print(assign_slice(np.arange(10)))
