# adapted from numba/tests/test_extending.py: overload chosen by argument types, register_jitable helpers
import numpy as np

from numba import njit, types
from numba.extending import overload, register_jitable


def describe(x):
    raise NotImplementedError


def total(x):
    raise NotImplementedError


@overload(describe)
def ol_describe(x):
    if isinstance(x, types.Integer):
        return lambda x: x * 10
    if isinstance(x, types.Float):
        return lambda x: x / 10
    if isinstance(x, types.UnicodeType):
        return lambda x: len(x)
    if isinstance(x, types.BaseTuple):
        def impl(x):
            return len(x)
        return impl


@register_jitable
def square(v):
    return v * v


@overload(total)
def ol_total(x):
    if isinstance(x, types.Array) and x.ndim == 1:
        def impl(x):
            s = 0.0
            for v in x:
                s += square(v)
            return s
        return impl
    if isinstance(x, types.Array):
        def impl2(x):
            return total(x.ravel())
        return impl2


@njit
def run(a, b):
    return describe(3), describe(2.5), describe("four"), describe((1, 2.0, 3)), total(a), total(b)


print(run(np.arange(4.0), np.ones((2, 3))))
print(square(1.5))
try:
    describe(1)
except NotImplementedError:
    print("plain Python call")
