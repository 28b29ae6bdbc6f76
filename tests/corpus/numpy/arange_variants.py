# adapted from numba/tests/test_array_methods.py: np_arange_1, np_arange_2, np_arange_3, np_arange_start_stop_step_dtype
import numpy as np

from numba import njit


@njit
def np_arange_1(arg0):
    return np.arange(arg0)


@njit
def np_arange_2(arg0, arg1):
    return np.arange(arg0, arg1)


@njit
def np_arange_3(arg0, arg1, arg2):
    return np.arange(arg0, arg1, arg2)


@njit
def np_arange_start_stop_step_dtype(start, stop, step):
    return np.arange(start, stop, step, np.float32)


print(np_arange_1(6), np_arange_1(2.5))
print(np_arange_2(3, 9), np_arange_2(-1.5, 2))
print(np_arange_3(10, 0, -3), np_arange_3(0.0, 1.0, 0.25))
print(np_arange_start_stop_step_dtype(1, 3, 0.5))
