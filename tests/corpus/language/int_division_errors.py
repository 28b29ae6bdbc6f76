# adapted from numba/tests/test_operators.py: integer division and modulo by zero raise ZeroDivisionError in jitted code
from numba import njit


@njit
def floordiv(a, b):
    return a // b


@njit
def mod(a, b):
    return a % b


@njit
def truediv(a, b):
    return a / b


for f in (floordiv, mod, truediv):
    try:
        print(f.__name__, f(7, 2), f(7, 0))
    except ZeroDivisionError:
        print(f.__name__, "ZeroDivisionError")
