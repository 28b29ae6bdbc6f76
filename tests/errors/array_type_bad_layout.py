# compile error
# Numba's array layouts are 'C', 'F' and 'A'
from numba import njit, types


@njit(types.float64(types.Array(types.float64, 2, 'X')))
def first(a):
    return a[0, 0]
