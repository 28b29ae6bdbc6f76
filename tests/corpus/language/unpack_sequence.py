# adapted from numba/tests/test_unpack_sequence.py: unpack_list, unpack_shape, unpack_heterogeneous_tuple, chained_unpack_assign1, conditional_swap
import numpy as np

from numba import njit


@njit
def unpack_list(l):
    a, b, c = l
    return (a, b, c)


@njit
def unpack_shape(a):
    x, y, z = a.shape
    return x + y + z


@njit
def unpack_nested_heterogeneous_tuple():
    a, (b, c) = (1, (2.5, 3j))
    return a, b, c


@njit
def chained_unpack_assign1(x, y):
    a = (b, c) = (x, y)
    (d, e) = a
    return d + e + b + c


@njit
def conditional_swap(x, y):
    if x > 0:
        x, y = y, x
    return x, y


print(unpack_list([1, 2, 3]))
print(unpack_shape(np.zeros((2, 3, 4))))
print(unpack_nested_heterogeneous_tuple())
print(chained_unpack_assign1(3, 4), chained_unpack_assign1(1.5, 2))
print(conditional_swap(1, 2), conditional_swap(-1, 2))
