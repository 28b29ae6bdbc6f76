# np.matmul, np.shape/np.size/np.ndim and np.ravel_multi_index
import numpy as np
from numba import njit

a = np.array([[2.0, 1.0], [1.0, 3.0]])
v = np.array([0.5, 1.5])
print(np.matmul(a, a), np.matmul(a, v), np.matmul(v, a), np.matmul(v, v))
print(np.shape(a), np.size(a), np.ndim(a), np.shape(v[1:]), np.size(np.zeros((2, 3, 4))))
print(np.ravel_multi_index((1, 1), (2, 2)), (np.ravel_multi_index((2, 0, 3), (3, 4, 5)),))
try:
    np.ravel_multi_index((2, 0), (2, 2))
except ValueError as e:
    print("ValueError:", e)


@njit
def dims(x, y):
    return np.shape(x), np.size(y), x.shape[0] * np.size(x)


print(dims(a, v))
print(dims(np.arange(6.0).reshape(2, 3), np.ones((3, 2))))
