# compile error
import numpy as np
from numba import njit, objmode


@njit
def twice(a):
    with objmode(out='int64[:]'):
        out = a * 2
    return out


print(twice(np.array([1.5])))
