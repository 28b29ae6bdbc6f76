# adapted from numba/tests/test_builtins.py: enumerate_start_usecase, zip_3_usecase, sum_kwarg_usecase, pow_usecase
from numba import njit


@njit
def enumerate_start_usecase():
    result = 0
    for i, j in enumerate((1., 2.5, 3.), 42):
        result += i * j
    return result


@njit
def zip_3_usecase():
    result = 0
    for i, j, k in zip((1, 2), (3, 4, 5), (6.23, 7.2, 8.1, 9.0)):
        result += i * j * k
    return result


@njit
def sum_kwarg_usecase(x, start=0):
    ret = sum(x, start)
    return sum(x, start=start), ret


@njit
def pow_usecase(x, y):
    return pow(x, y)


@njit
def conversions(x):
    return int(x), float(int(x)), bool(x), int(-x)


print(enumerate_start_usecase())
print(zip_3_usecase())
print(sum_kwarg_usecase((1, 2, 3), 10), sum_kwarg_usecase([1.5, 2.5]))
print(pow_usecase(2, 10), pow_usecase(2.0, -2), pow_usecase(-8, 3))
print(conversions(3.7), conversions(-2.5))
