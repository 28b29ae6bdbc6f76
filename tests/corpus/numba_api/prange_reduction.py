# adapted from numba docs (user/parallel.rst): prange with reductions
import numpy as np

from numba import njit, prange


@njit(parallel=True)
def prange_test(A):
    s = 0
    for i in prange(A.shape[0]):
        s += A[i]
    return s


@njit(parallel=True)
def two_d_array_reduction_prod(n):
    shp = (13, 17)
    result1 = 2 * np.ones(shp, np.int_)
    tmp = 2 * np.ones_like(result1)

    for i in prange(n):
        result1 *= tmp

    return result1


@njit(parallel=True)
def squares(n):
    out = np.empty(n, dtype=np.int64)
    for i in prange(n):
        out[i] = i * i
    return out


print(prange_test(np.arange(100)))
r = two_d_array_reduction_prod(3)
print(r.shape, r[0, 0], r.sum())
print(squares(10))
