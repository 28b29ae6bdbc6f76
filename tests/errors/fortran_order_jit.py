# compile error
# Numba's np.zeros takes a shape and a dtype, no order
import numpy as np
from numba import njit


@njit
def make(n):
    return np.zeros((n, n), np.float64, 'F')


print(make(2))
