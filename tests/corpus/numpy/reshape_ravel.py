# adapted from numba/tests/test_array_manipulation.py: array_reshape, flatten_array, ravel_array, transpose_array, expand_dims
import numpy as np

from numba import njit


@njit
def array_reshape(arr, newshape):
    return arr.reshape(newshape)


@njit
def manipulations(a):
    return a.ravel(), a.flatten(), a.T, np.transpose(a), a.reshape(-1), np.expand_dims(a[0], 0)


a = np.arange(12)
print(array_reshape(a, (3, 4)))
print(array_reshape(a, (2, 2, 3)))
print(array_reshape(a, (4, -1)).shape)
for r in manipulations(np.arange(6.0).reshape(2, 3)):
    print(r.shape, r.tolist() if r.ndim > 1 else r)
