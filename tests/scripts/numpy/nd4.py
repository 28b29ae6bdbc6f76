# Arrays of more than three dimensions: construction, element access in
# jitted loops, views, reductions, printing.
import numpy as np
from numba import njit


@njit
def fill4(a):
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            for k in range(a.shape[2]):
                for l in range(a.shape[3]):
                    a[i, j, k, l] = i * 1000 + j * 100 + k * 10 + l
    return a.sum()


a = np.zeros((2, 3, 2, 2))
print(fill4(a))
print(a)
print(a.shape, a.ndim, a[1, 2], a[1].shape, a[0, 1, 1, 0])
b = np.arange(32).reshape(2, 2, 2, 2, 2)
print(b[1, 0].sum(), b.sum(axis=0).shape, np.ones((1, 2, 1, 2, 1)))
print(b.reshape(4, 8).T.shape, np.zeros((2, 1, 1, 3), dtype=np.int32))
c = np.empty((2, 1, 2, 1))
print(c.shape)
print(repr(np.arange(16.0).reshape(2, 2, 2, 2)))
