# compile error
import numpy as np
from numba import stencil


@stencil
def window(a):
    s = 0.0
    for i in range(-1, 2):
        s += a[i]
    return s


print(window(np.ones(5)))
