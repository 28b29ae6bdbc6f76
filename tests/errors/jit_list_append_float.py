# compile error
# Numba would make the list hold floats; rumba types it by its first items
from numba import njit


@njit
def f():
    xs = [1]
    xs.append(2.5)
    return xs


print(f())
