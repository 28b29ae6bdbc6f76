# adapted from numba/tests/test_cmath.py: the trigonometric and hyperbolic usecases over a grid with infinities, NaNs and huge values
import cmath
import math

from numba import njit


@njit
def trig(z):
    return (cmath.sin(z), cmath.cos(z), cmath.tan(z), cmath.asin(z), cmath.acos(z), cmath.atan(z),
            cmath.sinh(z), cmath.cosh(z), cmath.tanh(z), cmath.asinh(z), cmath.acosh(z), cmath.atanh(z))


def key(v):
    if math.isnan(v):
        return 5
    if math.isinf(v):
        return 7 if v > 0 else 11
    m, e = math.frexp(v)
    return (int(m * 9007199254740992.0) % 1000000007 * 4099 + e * 3 + int(math.copysign(1.0, v))) % 1000000007


inf, nan = float("inf"), float("nan")
vals = [0.0, -0.0, 1e-310, 0.5, -0.75, 1.0, -1.0, 2.0, -12.5, 300.0, -710.5, 1e38, -1e154, 3e300, inf, -inf, nan]
acc = [0] * 12
for x in vals:
    for y in vals:
        for k, w in enumerate(trig(complex(x, y))):
            acc[k] = (acc[k] * 31 + key(w.real) + 7 * key(w.imag)) % 1000000007
print(acc)
print(trig(1 + 2j)[:6])
print(trig(-0.5 + 0.25j)[6:])
