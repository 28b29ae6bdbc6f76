# adapted from numba/tests/test_indexing.py: setitem with slices and broadcasting (setitem_usecase, slicing_2d assignments)
import numpy as np

from numba import njit


@njit
def fill_border(a, v):
    a[0, :] = v
    a[-1, :] = v
    a[:, 0] = v
    a[:, -1] = v
    return a


@njit
def copy_block(dst, src):
    dst[1:3, 1:3] = src
    return dst


@njit
def row_ops(a):
    a[1] = a[0] + a[2]
    a[2, ::2] = -1
    return a


print(fill_border(np.zeros((4, 5), dtype=np.int64), 9))
print(copy_block(np.zeros((4, 4)), np.array([[1.0, 2.0], [3.0, 4.0]])))
print(row_ops(np.arange(12).reshape(3, 4)))
