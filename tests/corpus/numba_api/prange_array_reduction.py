# adapted from numba docs (user/parallel.rst): prange_ok_result_whole_arr, prange_ok_result_outer_slice
import numpy as np

from numba import njit, prange


@njit(parallel=True)
def prange_ok_result_whole_arr(x):
    n = x.shape[0]
    y = np.zeros(4)
    for i in prange(n):
        y += x[i]
    return y


@njit(parallel=True)
def prange_ok_result_outer_slice(x):
    n = x.shape[0]
    y = np.zeros(4)
    z = y[:]
    for i in prange(n):
        z += x[i]
    return y


x = np.arange(40.0).reshape(10, 4)
print(prange_ok_result_whole_arr(x))
print(prange_ok_result_outer_slice(x))
