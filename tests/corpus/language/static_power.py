# adapted from numba/tests/test_operators.py (power with a constant integer exponent): Numba
# unrolls float ** n into multiplications, so results differ from pow in the last digit
from numba import njit
import numpy as np


@njit
def f(n):
    s = 0.0
    c = 0
    x = 1.0
    for i in range(n):
        x = 1.0 + i * 0.0123456789
        y = x ** 3
        z = x ** 5
        w = x ** -2
        s += y + z + w
        c += 1
    return s, x ** 3, x ** 7, x ** -3


print(f(100000))


@njit
def inv(x):
    return x ** -2, x ** 0, x ** 1, x ** 16


print(inv(3.0), inv(-1.5))
