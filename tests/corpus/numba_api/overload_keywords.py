# adapted from numba docs (extending/overloading-guide.rst, extending/high-level.rst): overload and overload_method called with keyword arguments and omitted defaults (the typing function sees a default's Python value)
import numpy as np
from numba import njit, types
from numba.extending import overload, overload_method


def scale(x, k=2, offset=0):
    return x * k + offset


@overload(scale)
def ov_scale(x, k=2, offset=0):
    print("typing", x, k, offset)
    def impl(x, k=2, offset=0):
        return x * k + offset
    return impl


@overload_method(types.Array, 'scaled')
def array_scaled(arr, k, offset=0):
    def impl(arr, k, offset=0):
        return arr * k + offset
    return impl


@njit
def f(x, a):
    return scale(x), scale(x, 3), scale(x, offset=1.5), scale(x, k=4, offset=1), a.scaled(2), a.scaled(0.5, offset=1.0), a.scaled(k=3)


print(f(10, np.array([1.5, 2.0])))


def power(x, n=2):
    return x ** n


@overload(power)
def ov_power(x, n=2):
    if isinstance(n, types.Integer):
        def impl_int(x, n=2):
            r = 1
            for _ in range(n):
                r *= x
            return r
        return impl_int
    if isinstance(n, (int, types.Omitted)) or n is None:
        def impl_default(x, n=2):
            return x * x + 1000
        return impl_default
    def impl_other(x, n=2):
        return x ** n
    return impl_other


@njit
def g(x):
    return power(x), power(x, 3), power(x, n=2.5), power(x, n=4)


print(g(3))
