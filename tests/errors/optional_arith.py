# compile error
# arithmetic on a number that may be None, not narrowed by `is None`
from numba import njit


@njit
def f(n):
    m = None
    if n > 0:
        m = n
    return m + 1


print(f(3))
