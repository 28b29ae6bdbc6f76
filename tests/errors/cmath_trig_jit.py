# compile error
import cmath
from numba import njit


@njit
def f(z):
    return cmath.sin(z)


print(f(1j))
