# compile error
import numpy as np
from numba import njit

r = np.random.RandomState(1)


@njit
def f():
    return r.random()


print(f())
