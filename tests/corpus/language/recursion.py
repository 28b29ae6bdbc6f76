# adapted from numba/tests/recursion_usecases.py: fib1, fib2, make_mutual2, runaway_self
from numba import jit, njit


@jit("i8(i8)", nopython=True)
def fib1(n):
    if n < 2:
        return n
    return fib1(n - 1) + fib1(n - 2)


@njit
def fib2(n):
    if n < 2:
        return n
    return fib2(n - 1) + fib2(n=n - 2)


@njit
def outer_fac(n, value):
    if n < 1:
        return value
    return n * inner_fac(n - 1, value)


@njit
def inner_fac(n, value):
    if n < 1:
        return value
    return n * outer_fac(n - 1, value)


print([fib1(n) for n in range(15)])
print(fib2(20))
print(outer_fac(10, 1), inner_fac(5, 1.0))
