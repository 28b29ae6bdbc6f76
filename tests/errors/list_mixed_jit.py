# compile error
# in jitted code Numba unifies a list's element types, or refuses them
from numba import njit


@njit
def f():
    return [1, "a"]


print(f())
