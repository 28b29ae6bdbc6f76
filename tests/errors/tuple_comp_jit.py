# compile error
# a comprehension over a tuple of mixed types in jitted code (Numba refuses it)
from numba import njit


@njit
def f():
    return [v * 2 for v in (1, 2.5, 3)]


print(f())
