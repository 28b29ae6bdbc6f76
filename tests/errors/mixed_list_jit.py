# compile error
# Numba's reflected lists hold one type: a list of mixed types cannot be passed
from numba import njit


@njit
def count(xs):
    return len(xs)


print(count([1, "a"]))
