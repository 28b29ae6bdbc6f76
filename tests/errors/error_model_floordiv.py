# compile error
from numba import njit


@njit(error_model='numpy')
def f(a, b):
    return a // b


print(f(7, 2))
