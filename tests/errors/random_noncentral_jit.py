# compile error
import numpy as np
from numba import njit


@njit
def f():
    return np.random.noncentral_chisquare(3.0, 1.0)


print(f())
