# cmath's trigonometric and hyperbolic functions in module code, as
# CPython's cmathmodule.c computes them, on a grid of finite values (the
# bits of each result), and their errors.
import cmath
import math

vals = [0.0, -0.0, 1e-310, -2.5e-300, 1e-9, 0.5, -0.75, 1.0, -1.0, 2.0, 3.7, -12.5, 300.0, -710.5, 1e154, -3e300]


def ap(k, z):
    if k == 0:
        return cmath.sin(z)
    if k == 1:
        return cmath.cos(z)
    if k == 2:
        return cmath.tan(z)
    if k == 3:
        return cmath.asin(z)
    if k == 4:
        return cmath.acos(z)
    if k == 5:
        return cmath.atan(z)
    if k == 6:
        return cmath.sinh(z)
    if k == 7:
        return cmath.cosh(z)
    if k == 8:
        return cmath.tanh(z)
    if k == 9:
        return cmath.asinh(z)
    if k == 10:
        return cmath.acosh(z)
    return cmath.atanh(z)


def key(v):
    m, e = math.frexp(v)
    return (int(m * 9007199254740992.0) % 1000000007 * 4099 + e * 3 + int(math.copysign(1.0, v))) % 1000000007


names = ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
for k in range(len(names)):
    acc = 0
    errors = 0
    for x in vals:
        for y in vals:
            try:
                w = ap(k, complex(x, y))
                acc = (acc * 31 + key(w.real) + 7 * key(w.imag)) % 1000000007
            except (ValueError, OverflowError):
                errors += 1
    print(names[k], acc, errors)
print(cmath.sin(1 + 2j), cmath.cos(-0.5j), cmath.tan(3 - 1j), cmath.asin(2.0), cmath.acos(-3j))
print(cmath.atan(0.5 + 0.5j), cmath.sinh(1j), cmath.cosh(2), cmath.tanh(-1 + 1j))
print(cmath.asinh(1.5), cmath.acosh(0.25), cmath.atanh(0.5 - 2j), cmath.atanh(-0.0j))
try:
    cmath.atanh(1.0)
except ValueError as e:
    print("ValueError", e)
try:
    cmath.cosh(complex(800.0, 1.0))
except OverflowError as e:
    print("OverflowError", e)
