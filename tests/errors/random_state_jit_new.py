# compile error
import numpy as np
from numba import njit


@njit
def f():
    r = np.random.RandomState(1)
    return 1


print(f())
