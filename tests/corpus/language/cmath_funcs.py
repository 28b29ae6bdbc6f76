# adapted from numba/tests/test_complex.py: cmath usecases (sqrt, exp, log, phase, polar, rect, isnan, isinf)
import cmath

from numba import njit


@njit
def funcs(z):
    return cmath.sqrt(z), cmath.exp(z), cmath.log(z), cmath.phase(z)


@njit
def polar_rect(z):
    r, phi = cmath.polar(z)
    return r, phi, cmath.rect(r, phi)


@njit
def checks(z):
    return cmath.isnan(z), cmath.isinf(z), cmath.isfinite(z)


def rnd(v):
    if isinstance(v, complex):
        return complex(round(v.real, 10), round(v.imag, 10))
    return round(v, 10)


for z in (1 + 1j, -2 + 0.5j, 3j, 4.0 + 0j):
    print(z, [rnd(v) for v in funcs(z)], [rnd(v) for v in polar_rect(z)])
print(checks(complex(float("nan"), 1.0)), checks(complex(float("inf"), 0.0)), checks(1j))
