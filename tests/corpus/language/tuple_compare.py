# adapted from numba/tests/test_tuples.py: eq_usecase, lt_usecase, in_usecase, bool_usecase, add_usecase
from numba import njit


@njit
def eq_usecase(a, b):
    return a == b


@njit
def lt_usecase(a, b):
    return a < b


@njit
def ge_usecase(a, b):
    return a >= b


@njit
def in_usecase(a, b):
    return a in b


@njit
def bool_usecase(tup):
    return bool(tup), (3 if tup else 2)


@njit
def add_usecase(a, b):
    return a + b


pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((4, 0), (1, 9)), ((1, 2, 3), (1, 2, 4))]
for a, b in pairs:
    print(a, b, eq_usecase(a, b), lt_usecase(a, b), ge_usecase(a, b))
print(in_usecase(4, (1, 2, 4)), in_usecase(5, (1, 2, 4)))
print(bool_usecase(()), bool_usecase((1,)))
print(add_usecase((1, 2), (3, 4)))
print(add_usecase((1, 2.5), (True, 7)))
