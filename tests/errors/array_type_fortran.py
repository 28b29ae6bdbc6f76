# compile error
# Fortran-ordered array types
from numba import njit, float64


@njit(float64(float64[::1, :]))
def f(a):
    return a[0, 0]
