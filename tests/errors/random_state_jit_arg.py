# compile error
import numpy as np
from numba import njit


@njit
def f(r):
    return 1


print(f(np.random.RandomState(1)))
