# np.ndindex (index tuples in C order), np.unravel_index, np.meshgrid.
import numpy as np
from numba import njit


@njit
def np_ndindex(x, y):
    s = 0
    n = 0
    for i, j in np.ndindex(x, y):
        s = s + (i + 1) * (j + 1)
    for i, j in np.ndindex((x, y)):
        n = n + (i + 1) * (j + 1)
    return s, n


print(np_ndindex(3, 4))
for idx in np.ndindex(2, 1, 2):
    print(idx)
print(list(np.ndindex(2, 2)), len(list(np.ndindex(3, 0))))
print(np.unravel_index(7, (3, 4)), np.unravel_index(5, (2, 3)))
X, Y = np.meshgrid(np.arange(3), np.arange(2) * 10)
print(X)
print(Y)
print(np.meshgrid(np.array([0.5, 1.5]), np.arange(3)))
