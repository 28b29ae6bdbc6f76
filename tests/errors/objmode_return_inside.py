# compile error
from numba import njit, objmode


@njit
def f(x):
    with objmode(y='float64'):
        y = x + 1
        return y
    return y


print(f(1))
