# adapted from numba/tests/test_mathlib.py: sqrt, floor, ceil, trunc, copysign, frexp, ldexp, hypot, degrees, radians, gcd, get_constants
import math

from numba import njit


@njit
def exact_ops(x):
    return (math.sqrt(x), math.floor(x), math.ceil(x), math.trunc(-x),
            math.copysign(x, -1.0), math.frexp(x), math.ldexp(x, 3),
            math.fabs(-x), math.isfinite(x))


@njit
def hypot(x, y):
    return math.hypot(x, y)


@njit
def angles(d):
    return math.radians(d), math.degrees(math.pi / 4)


@njit
def gcd(x, y):
    return math.gcd(x, y)


@njit
def get_constants():
    return math.pi, math.e, math.tau, math.inf, -math.inf


@njit
def specials(x):
    return math.isnan(x), math.isinf(x), math.isfinite(x)


for x in (0.25, 2.0, 6.5, 100.0):
    print(x, exact_ops(x))
print(hypot(3.0, 4.0), hypot(5, 12))
print(angles(180.0))
print(gcd(12, 18), gcd(-4, 6), gcd(0, 5))
print(get_constants())
print(specials(math.nan), specials(math.inf), specials(1.0))
