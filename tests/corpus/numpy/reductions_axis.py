# adapted from numba/tests/test_array_methods.py: array_sum_axis_kws, array_sum_const_axis_neg_one, and test_array_reductions axis variants
import numpy as np

from numba import njit


@njit
def sum_axis(a, axis):
    return a.sum(axis=axis)


@njit
def sum_last(a):
    return a.sum(axis=-1)


@njit
def np_funcs_axis(a):
    return np.sum(a, axis=0), np.sum(a, axis=1) / a.shape[1], np.argmax(a, axis=1), np.argmin(a, axis=0)


a = np.arange(12.0).reshape(3, 4)
print(sum_axis(a, 0), sum_axis(a, 1))
print(sum_last(np.arange(24).reshape(2, 3, 4)))
for r in np_funcs_axis(a):
    print(r)
