# compile error
import numpy as np
from numba import njit


@njit
def f():
    np.random.seed()


f()
