from collections import Counter

from numba import njit


@njit
def f(xs):
    return Counter(xs)


print(f([1, 2, 2]))
