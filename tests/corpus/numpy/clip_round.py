# adapted from numba/tests/test_array_methods.py: np_clip, array_clip, np_round_array, np_around_unary, np_round_binary
import numpy as np

from numba import njit


@njit
def np_clip(a, a_min, a_max):
    return np.clip(a, a_min, a_max)


@njit
def array_clip(a, a_min, a_max):
    return a.clip(a_min, a_max)


@njit
def np_round_array(arr, decimals, out):
    np.round(arr, decimals, out)
    return out


@njit
def np_round_unary(val):
    return np.round(val)


a = np.array([-3.5, -1.25, 0.0, 1.75, 2.5, 9.0])
print(np_clip(a, -1.0, 2.0), array_clip(np.arange(6), 1, 4))
print(np_round_array(a * 1.111, 1, np.empty_like(a)))
print(np_round_unary(2.5), np_round_unary(3.5), np_round_unary(-0.5))
