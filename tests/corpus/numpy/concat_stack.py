# adapted from numba/tests/test_dyn_array.py: np_concatenate1, np_concatenate2, np_stack1, np_hstack, np_vstack, np_dstack, np_column_stack
import numpy as np

from numba import njit


@njit
def np_concatenate1(a, b, c):
    return np.concatenate((a, b, c))


@njit
def np_concatenate2(a, b, c, axis):
    return np.concatenate((a, b, c), axis=axis)


@njit
def np_stack1(a, b, c):
    return np.stack((a, b, c))


@njit
def others(a, b):
    return np.hstack((a, b)), np.vstack((a, b)), np.column_stack((a, b)), np.dstack((a, b))


x = np.arange(3)
print(np_concatenate1(x, x * 2, np.arange(2)))
m = np.arange(4).reshape(2, 2)
print(np_concatenate2(m, m + 10, m + 20, 1))
print(np_concatenate2(m, m + 10, m + 20, 0))
print(np_stack1(x, x + 1, x + 2))
for r in others(np.array([1.0, 2.0]), np.array([3.0, 4.0])):
    print(r.shape)
    print(r)
