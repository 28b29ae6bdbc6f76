# adapted from the Numba documentation's first-class function examples: numerical integration of jitted integrands
import math

from numba import njit


@njit
def f1(x):
    return x * x


@njit
def f2(x):
    return math.exp(-x * x)


@njit
def trapezoid(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h


@njit
def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3


for name, f in (("x^2", f1), ("exp(-x^2)", f2)):
    print(name, "%.10f %.10f" % (trapezoid(f, 0.0, 1.0, 100), simpson(f, 0.0, 1.0, 100)))
