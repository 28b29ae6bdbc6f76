# compile error
# Numba has no tuple * int in jitted code (module code repeats the tuple)
from numba import njit


@njit
def twice(t):
    return t * 2


print((1, 2) * 2)
print(twice((1, 2)))
