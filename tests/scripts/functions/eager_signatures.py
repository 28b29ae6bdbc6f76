# Explicit signatures: a recursive function compiled at its def calls itself;
# Numba's short type names; contiguous array layouts in strings and type
# objects; mutual recursion through a keyword argument.
import numpy as np
from numba import jit, njit, float64, int64


@jit("i8(i8)", nopython=True)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@njit("float64(float64[::1])")
def total_c(a):
    return a.sum()


@njit(float64(float64[:, ::1]))
def total_2d(a):
    return a.sum()


@njit("f8(f8[:], i8)")
def pick(a, k):
    return a[k]


@njit(int64(int64[:]))
def first(a):
    return a[0]


@njit
def even(n, depth=0):
    if n == 0:
        return True
    return odd(n - 1, depth=depth + 1)


@njit
def odd(n, depth=0):
    if n == 0:
        return False
    return even(n=n - 1, depth=depth + 1)


@njit
def fac(n, acc=1):
    if n <= 1:
        return acc
    return fac(n - 1, acc=acc * n)


x = np.arange(4.0)
print([fib(n) for n in range(12)], fib(30))
print(total_c(x), total_2d(np.ones((2, 3))), pick(x, 2), pick(x[::2], 1))
print(first(np.arange(3)[::-1]), even(10), odd(7), even(3), fac(10))
