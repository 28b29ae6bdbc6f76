# compile error
import numpy as np
from numba import njit


@njit
def f(a):
    return a.tolist()


print(f(np.zeros(3)))
