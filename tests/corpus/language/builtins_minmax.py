# adapted from numba/tests/test_builtins.py: max_usecase1..3, min_usecase1..3, abs_usecase, divmod_usecase, round_usecase2
from numba import njit


@njit
def max_usecase1(x, y):
    return max(x, y)


@njit
def max_usecase3(x):
    return max(x)


@njit
def min_usecase3(x):
    return min(x)


@njit
def abs_usecase(x):
    return abs(x)


@njit
def divmod_usecase(x, y):
    return divmod(x, y)


@njit
def round_usecase2(x, n):
    return round(x, n)


print(max_usecase1(3, 7), max_usecase1(2.5, -1.0), max_usecase1(3, 4.5))
print(max_usecase3((4, 2, 8)), min_usecase3((4, 2, 8)), max_usecase3([1.5, 0.5]))
print(abs_usecase(-3), abs_usecase(-2.5), abs_usecase(3 - 4j))
for x, y in [(7, 2), (-7, 2), (7, -2), (7.5, 2.0), (-7.5, 2.0)]:
    print(x, y, divmod_usecase(x, y))
print(round_usecase2(3.14159, 3), round_usecase2(1234.5678, -2), round_usecase2(0.125, 2))
