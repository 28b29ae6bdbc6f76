# adapted from numba/tests/test_mathlib.py: sin, cos, tan, exp, log, log10, log2, log1p, expm1, atan2, sinh, cosh, tanh, asinh, acosh, atanh, pow
import math

from numba import njit


@njit
def trig(x):
    return math.sin(x), math.cos(x), math.tan(x), math.atan2(x, 2.0)


@njit
def exps(x):
    return math.exp(x), math.log(x), math.log10(x), math.log2(x), math.log1p(x), math.expm1(x)


@njit
def hyper(x):
    return math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x), math.acosh(1.0 + x), math.atanh(x / 2.0)


@njit
def powers(x, y):
    return math.pow(x, y), x ** y, math.sqrt(x * y)


def show(t):
    return tuple(round(v, 10) for v in t)


for x in (0.1, 0.5, 1.0, 1.9):
    print(x, show(trig(x)))
    print(x, show(exps(x)))
    print(x, show(hyper(x)))
print(show(powers(2.0, 0.5)), show(powers(1.5, 3.0)))
