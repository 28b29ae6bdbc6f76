# adapted from numba/tests/test_iteration.py: tuple_iter_usecase, enumerate_nested_tuple_usecase
from numba import njit


@njit
def tuple_iter_usecase(tup):
    res = 0.0
    for x in tup:
        res += x
    return res


@njit
def enumerate_nested_tuple_usecase():
    result = 0.0
    values = ((1.5, 2.5), (3.5, 4.5))
    for i, (a, b) in enumerate(values):
        result += i * (a + b)
    return result


@njit
def zip_tuples(a, b):
    out = 0
    for x, y in zip(a, b):
        out += x * y
    return out


print(tuple_iter_usecase((1.5, 2.0, 3.25)))
print(tuple_iter_usecase((1, 2, 3)))
print(enumerate_nested_tuple_usecase())
print(zip_tuples((1, 2, 3), (4, 5, 6)))
