# compile error
import random
from numba import njit


@njit
def f():
    return random.sample([1, 2, 3], 2)


print(f())
