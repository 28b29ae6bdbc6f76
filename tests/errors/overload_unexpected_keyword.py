# compile error
from numba import njit
from numba.extending import overload


def scale(x, k=2):
    return x * k


@overload(scale)
def ov_scale(x, k=2):
    def impl(x, k=2):
        return x * k
    return impl


@njit
def f(x):
    return scale(x, factor=3)


print(f(1))
