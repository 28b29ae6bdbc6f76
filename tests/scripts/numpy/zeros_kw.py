# np.zeros/ones/empty with shape= and order= keywords (order 'C').
import numpy as np
from numba import njit


@njit
def make(n):
    a = np.zeros(shape=(n, 2), dtype=np.int32)
    b = np.ones((2, n), np.float64)
    return a, b


print(np.zeros(shape=(2, 3)), np.ones(shape=3, dtype=np.int64), np.zeros(4, order='C'))
print(np.ones((2, 2), order='C', dtype=np.float32), np.zeros((1, 2), np.int8, 'C'))
print(make(3))
