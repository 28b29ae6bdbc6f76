# math's functions give CPython's values where C's libm and CPython's own
# code differ (erfc far out, gamma, lgamma, hypot), and the functions rumba
# gained with CPython's math: remainder, nextafter, ulp, lcm.
import math

print(math.erfc(10.0), math.erf(0.5), math.erfc(-3.0))
print(math.gamma(0.5), math.gamma(5.5), math.lgamma(3.7), math.lgamma(-2.5))
print(math.hypot(3.0, 4.0), math.hypot(1e-300, 1e-300), math.hypot(1.5, 2.5))
print(math.remainder(7.0, 2.0), math.remainder(-7.5, 2.0))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(1e300))
print(math.lcm(4, 6), math.lcm(0, 5), math.gcd(12, 18))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(7))
print(math.ldexp(1.5, 4), math.frexp(48.0), math.modf(-2.25))
print(math.pow(2.0, 0.5), math.fmod(-7.0, 2.0), math.atan2(-0.0, -1.0))
print(math.cosh(1.0), math.expm1(1e-10), math.log1p(1e-10), math.exp2(10.5))


def f(x):
    return math.sqrt(x) + math.log(x, 2.0) + math.cbrt(x)


print(f(8.0))
