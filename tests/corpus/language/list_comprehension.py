# adapted from numba/tests/test_lists.py: list_comprehension1..6
import math

from numba import njit


@njit
def list_comprehension1():
    return sum([x**2 for x in range(10)])


@njit
def list_comprehension2():
    return sum([x for x in range(10) if x % 2 == 0])


@njit
def list_comprehension3():
    return sum([math.pow(x, 2) for x in range(10)])


@njit
def list_comprehension4():
    return sum([x * y for x in range(10) for y in range(10)])


@njit
def list_comprehension5():
    return [x * 2 for x in range(10)]


@njit
def list_comprehension6():
    return [[x for x in range(y)] for y in range(3)]


print(list_comprehension1(), list_comprehension2(), list_comprehension3())
print(list_comprehension4())
print(list_comprehension5())
print(list_comprehension6())
