import itertools
from numba import njit
@njit
def f(a):
    s = 0
    for x, y in itertools.product(a, a):
        s += x * y
    return s
print(f([1, 2]))
