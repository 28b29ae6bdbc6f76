# adapted from numba/tests/test_mathlib.py: erf, erfc, gamma, lgamma
import math

from numba import njit


@njit
def special(x):
    return math.erf(x), math.erfc(x), math.gamma(x), math.lgamma(x)


for x in (0.5, 1.0, 2.5, 4.0, 7.25):
    print(x, ["%.12g" % v for v in special(x)])
print(math.gamma(5.0), special(5.0)[2])
