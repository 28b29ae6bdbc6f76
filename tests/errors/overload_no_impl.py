# compile error
from numba import njit, types
from numba.extending import overload


def double(x):
    raise NotImplementedError


@overload(double)
def ol_double(x):
    if isinstance(x, types.Integer):
        return lambda x: 2 * x


@njit
def f(x):
    return double(x)


print(f(1))
print(f(1.5))
