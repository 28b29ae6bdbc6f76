# The math module: roots, exponentials, logarithms.
import math

print(math.sqrt(2.0), math.sqrt(16), math.sqrt(0.0), math.sqrt(1e-300))
print(math.exp(1.0), math.exp(0), math.exp(-1.5), math.exp(700.0))
print(math.expm1(1e-10), math.log1p(1e-10), math.expm1(1.0), math.log1p(1.0))
print(math.log(math.e), math.log(10.0), math.log(1), math.log(0.5))
print(math.log(8.0, 2.0), math.log(100, 10), math.log(81.0, 3), math.log(2.0, 8.0))
print(math.log2(8.0), math.log2(1024), math.log2(3.0), math.log10(1000.0), math.log10(2.0))
print(math.pow(2.0, 10.0), math.pow(2, 0.5), math.pow(-2.0, 3.0), math.pow(4, -1))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.fabs(-3.5), math.fabs(2), math.copysign(3.0, -0.0), math.copysign(-2, 1))
print(math.fmod(7.5, 2.0), math.fmod(-7.5, 2.0), math.fmod(7, -3), -7.5 % 2.0)
print(math.hypot(3.0, 4.0), math.hypot(5, 12), math.hypot(1e200, 1e200))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf))
print(math.isinf(1e308), math.isfinite(1.0), math.isfinite(math.nan), math.isfinite(math.inf))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(-12, 8), math.gcd(17, 5))
print(math.factorial(0), math.factorial(5), math.factorial(10), math.factorial(20))
print(math.degrees(math.pi), math.radians(180.0), math.degrees(1.0))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5.0), round(math.gamma(0.5), 12), round(math.lgamma(10.0), 12))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.75), math.modf(-2.5))
print(math.sqrt(2) ** 2, math.exp(math.log(5.0)), math.log(math.exp(3.0)))
total = 0.0
for k in range(1, 11):
    total += math.sqrt(k) / math.log(k + 1.0)
print(total)
print(math.fsum([0.1] * 10), sum([0.1] * 10))
