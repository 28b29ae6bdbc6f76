# adapted from numba/tests/test_tuples.py: tuple_return_usecase, test_conversions
from numba import njit


@njit
def tuple_return_usecase(a, b):
    return a, b


@njit
def swap_and_scale(t, k):
    a, b, c = t
    return c * k, b * k, a * k


@njit
def nested(n):
    return (n, (n + 1, (n + 2.0, n + 3)))


print(tuple_return_usecase(1, 2))
print(tuple_return_usecase(1.5, True))
print(swap_and_scale((1, 2, 3), 2))
print(swap_and_scale((1.0, 2, 3), 0.5))
x, (y, (z, w)) = nested(10)
print(x, y, z, w)
print(nested(0))
