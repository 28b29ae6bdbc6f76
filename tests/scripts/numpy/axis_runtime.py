# The axis of a reduction or a concatenation may be a run-time int (a
# function's argument), negative counting from the end; axis=None reduces
# everything.
import numpy as np
from numba import njit


@njit
def sum_axis(a, axis):
    return a.sum(axis=axis)


def max_axis(a, axis):
    return np.max(a, axis)


@njit
def join(a, b, axis):
    return np.concatenate((a, b), axis=axis)


a = np.arange(12.0).reshape(3, 4)
print(sum_axis(a, 0), sum_axis(a, 1), sum_axis(a, -1))
print(max_axis(np.arange(24).reshape(2, 3, 4), 2))
print(join(a, a, 0), join(a, a, 1), join(a, a, -1))
print(np.sum(a, axis=None), np.concatenate((a, a), axis=-1).shape)
