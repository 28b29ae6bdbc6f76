# adapted from numba/tests/complex_usecases.py: real_usecase, imag_usecase, conjugate_usecase, and arithmetic usecases
from numba import njit


@njit
def parts(c):
    return c.real, c.imag, c.conjugate(), abs(c)


@njit
def arith(a, b):
    return a + b, a - b, a * b, a / b


@njit
def build(x, y):
    return complex(x, y), x + 1j * y


for a, b in [(1 + 2j, 3 - 1j), (0.5j, 2.0 + 0j), (-1.5 + 0.25j, 1j)]:
    print(parts(a))
    print(arith(a, b))
print(build(1.0, 2.0), build(3, -4))
