# compile error
import numpy as np
from numba import njit


@njit
def fill(a):
    a[:2] = (1, 2.5)


fill(np.zeros(3))
