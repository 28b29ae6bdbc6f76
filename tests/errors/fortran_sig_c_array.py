# compile error
# a C-ordered array does not match a signature that asks for Fortran order
import numpy as np
from numba import njit


@njit("float64(float64[::1, :])")
def corner(x):
    return x[0, 1]


print(corner(np.asfortranarray(np.ones((2, 2)))))
print(corner(np.ones((2, 2))))
