# compile error
# Numba has no truth value for an optional number
from numba import njit


@njit
def f(c):
    x = None
    if c > 0:
        x = c - 1
    if x:
        return 1
    return 0


print(f(2))
