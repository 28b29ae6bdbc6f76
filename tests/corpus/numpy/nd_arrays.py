# adapted from numba/tests/test_indexing.py and test_array_attr.py: 3-D and 4-D arrays, shape, strides, ndim, size, itemsize, nbytes
import numpy as np

from numba import njit


@njit
def attrs(a):
    return a.shape, a.strides, a.ndim, a.size, a.itemsize, a.nbytes


@njit
def fill4(a):
    n0, n1, n2, n3 = a.shape
    for i in range(n0):
        for j in range(n1):
            for k in range(n2):
                for l in range(n3):
                    a[i, j, k, l] = i * 1000 + j * 100 + k * 10 + l
    return a


@njit
def sum3(a):
    s = 0.0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            for k in range(a.shape[2]):
                s += a[i, j, k] * (i + 1)
    return s


print(attrs(np.zeros((2, 3, 4))))
print(attrs(np.zeros((2, 3, 4, 5), dtype=np.int32)))
b = fill4(np.zeros((2, 2, 2, 3), dtype=np.int64))
print(b[1, 0, 1], b[:, 1, 0, 2], b.sum())
print(b[1])
print(sum3(np.arange(24.0).reshape(2, 3, 4)))
print(attrs(np.zeros((6, 4))[::2, 1:]))
