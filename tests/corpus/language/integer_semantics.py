# adapted from numba/tests/test_operators.py: floordiv, mod, truediv and bitwise usecases (Numba's int64 semantics)
from numba import njit


@njit
def arith(a, b):
    return a // b, a % b, a / b, a * b, a - b


@njit
def bits(a, b):
    return a & b, a | b, a ^ b, ~a, a << 3, a >> 1


@njit
def wrap(n):
    x = 1
    for i in range(n):
        x *= 3
    return x


print(arith(7, 2), arith(-7, 2), arith(7, -2), arith(-7, -2))
print(arith(7.5, 2), arith(-7.5, 2.0))
print(bits(12, 10), bits(-5, 3))
print(wrap(10), wrap(39))
