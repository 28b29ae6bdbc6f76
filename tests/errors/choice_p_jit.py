# compile error
import numpy as np
from numba import njit


@njit
def f():
    return np.random.choice(3, 2, p=np.array([0.5, 0.25, 0.25]))


print(f())
