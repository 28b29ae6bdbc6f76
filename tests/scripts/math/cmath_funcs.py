# cmath: CPython's algorithms in module code (scaling of tiny and huge values, log1p near
# the unit circle, errors), Numba's in jitted code (log is printed rounded there, where the two differ)
import cmath
import math

from numba import njit

vals = [1 + 1j, -2 + 0.5j, 3j, 4.0 + 0j, -1e-310 + 1e-310j, 1e300 + 1e300j, 0.8 + 0.6j, -0.0 - 2j, 0.5 + 0j, -3 + 0j]
for z in vals:
    print(z, cmath.sqrt(z), cmath.exp(z) if abs(z.real) < 700 else 0j, cmath.log(z), cmath.log10(z))
    print(cmath.phase(z), cmath.polar(z), cmath.log(z, 2), cmath.isfinite(z), cmath.isnan(z), cmath.isinf(z))
print(cmath.rect(2.0, 0.5), cmath.rect(1, -0.0), cmath.rect(3.0, math.pi))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan)
for bad in (0j, 0.0):
    try:
        cmath.log(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    cmath.exp(1000 + 0j)
except OverflowError as e:
    print("OverflowError", e)


@njit
def jf(z):
    return cmath.sqrt(z), cmath.exp(z), cmath.phase(z), cmath.polar(z), cmath.rect(abs(z), 0.25)


@njit
def jchecks(z):
    return cmath.isnan(z), cmath.isinf(z), cmath.isfinite(z)


for z in [1 + 1j, -2 + 0.5j, 3j, 4.0 + 0j, 0.8 + 0.6j]:
    print(jf(z))
print(jchecks(complex(math.nan, 1.0)), jchecks(complex(math.inf, 0.0)), jchecks(1j))


@njit
def jlog(z):
    return cmath.log(z), cmath.log10(z), cmath.log(z, 3.0)


for z in [1 + 1j, -2 + 0.5j, 3j, 4.0 + 0j]:
    print(["%.12f %.12f" % (v.real, v.imag) for v in jlog(z)])
