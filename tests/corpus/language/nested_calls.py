# adapted from numba/tests/test_nested_calls.py: f_inner/f (keyword args), g_inner/g (defaults), star_inner/star, argcast
from numba import jit, njit


@jit(nopython=True)
def f_inner(a, b, c):
    return a, b, c


@njit
def f(x, y, z):
    return f_inner(x, c=y, b=z)


@jit(nopython=True)
def g_inner(a, b=2, c=3):
    return a, b, c


@njit
def g(x, y, z):
    return g_inner(x, b=y), g_inner(a=z, c=x)


@njit
def star_inner(a=5, *b):
    return a, b


@njit
def star(x, y, z):
    return star_inner(a=x), star_inner(x, y, z)


@njit
def argcast_inner(a, b):
    if b:
        a = 42
    return a


@njit
def argcast(a, b):
    return argcast_inner(a, b)


print(f(1, 2, 3))
print(g(1, 2, 3))
print(star(1, 2, 3))
print(argcast(1.5, False), argcast(1.5, True))
