# adapted from numba/tests/test_comprehension.py: comp_list, nested comprehensions, comprehensions over arrays
import numpy as np

from numba import njit


@njit
def comp_list(n):
    l = [i for i in range(n)]
    s = 0
    for i in l:
        s += i
    return s


@njit
def comp_nested(n):
    return [[i * j for j in range(i)] for i in range(n)]


@njit
def comp_array(a):
    return [x * 2.0 for x in a if x > 0]


@njit
def comp_to_array(n):
    return np.array([i ** 2 for i in range(n)])


print(comp_list(10), comp_nested(4))
print(comp_array(np.array([-1.0, 2.0, 0.0, 3.5])))
print(comp_to_array(5))
