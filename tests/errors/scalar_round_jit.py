# compile error
import numpy as np
from numba import njit


@njit
def f(x):
    return x.round(2)


print(f(np.float64(2.5)))
