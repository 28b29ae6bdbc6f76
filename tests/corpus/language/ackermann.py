# adapted from numba/tests/test_recursion.py (type-inferred recursion) and the classic benchmark
from numba import njit


@njit
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


@njit
def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


@njit
def power(x, n):
    if n == 0:
        return 1.0
    half = power(x, n // 2)
    return half * half * (x if n % 2 else 1.0)


for m in range(3):
    print([ackermann(m, n) for n in range(5)])
print(gcd(1071, 462), gcd(17, 5))
print(power(2.0, 10), power(1.5, 7))
