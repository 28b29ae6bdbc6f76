# compile error
from itertools import cycle
from numba import njit
import itertools


@njit
def first(xs):
    for x in itertools.cycle(xs):
        return x
    return 0


print(first([1, 2]))
