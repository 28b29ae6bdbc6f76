# compile error
# Numba has no np.matmul in jitted code (it has the @ operator)
import numpy as np
from numba import njit


@njit
def prod(x):
    return np.matmul(x, x)


print(prod(np.ones((2, 2))))
