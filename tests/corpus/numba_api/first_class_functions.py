# adapted from numba/tests/test_function_type.py and docs (reference/types.rst "Functions"): jitted functions as arguments
from numba import njit


@njit
def square(x):
    return x * x


@njit
def cube(x):
    return x * x * x


@njit
def apply(f, n):
    out = 0
    for i in range(n):
        out += f(i)
    return out


@njit
def compose(f, g, x):
    return f(g(x))


print(apply(square, 5), apply(cube, 5))
print(compose(square, cube, 2), compose(cube, square, 2))
for fn in (square, cube):
    print(fn.__name__, apply(fn, 3))
