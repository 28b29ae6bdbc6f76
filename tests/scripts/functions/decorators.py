# The Numba decorators in all their forms: the functions behave as plain
# Python functions would.
import numba
from numba import jit, njit, autojit, float32, float64


@jit
def f1(x):
    return x + 1


@njit
def f2(x):
    return x * 2


@jit(nopython=True)
def f3(x, y):
    return x - y


@autojit
def f4(x):
    return x ** 2


@jit("float64(float64, float64)")
def f5(x, y):
    return x / y + 1.0


@njit(locals={'t': float32})
def f6(x):
    t = x * 2.0
    return t + 0.5


@jit(nopython=True, cache=True)
def f7(n):
    s = 0
    for i in range(n):
        s += i
    return s


@numba.njit
def f8(x):
    return -x


@numba.jit(nogil=True)
def f9(a, b=3):
    return a * b


@jit(nopython=True, locals=dict(acc=float64))
def f10(n):
    acc = 0
    for i in range(n):
        acc += i
    return acc


def slow(x, y):
    return x * y + 1


fast = jit(nopython=True)(slow)
fast2 = njit(slow)

print(f1(1), f1(1.5))
print(f2(21), f2('ab'))
print(f3(10, 4), f3(1.0, 0.25))
print(f4(7), f4(0.5))
print(f5(1.0, 4.0), f5(3, 2))
print(f6(1.5), f6(0.25))
print(f7(10), f7(100))
print(f8(5), f8(-2.5))
print(f9(4), f9(4, 5))
print(f10(4) + 0.5)
print(fast(3, 4), fast(0.5, 4), fast2(2, 2))
print(slow(3, 4))
print(f1.signatures)
print(f5.signatures)
print(f3.signatures)
print(fast.signatures)
