# compile error
# Fortran-ordered array types are not supported
from numba import njit, types


@njit(types.float64(types.Array(types.float64, 2, 'F')))
def first(a):
    return a[0, 0]
