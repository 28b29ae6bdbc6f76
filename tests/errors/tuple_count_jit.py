# compile error
# Numba has no tuple.count in jitted code
from numba import njit


@njit
def count(t, v):
    return t.count(v)


print(count((1, 2, 1), 1))
