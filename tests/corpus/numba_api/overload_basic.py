# adapted from numba docs (extending/high-level.rst "Implementing functions"): @overload and @register_jitable
import numpy as np

from numba import njit, types
from numba.extending import overload, register_jitable


def clipped_norm(x, limit):
    raise NotImplementedError


@overload(clipped_norm)
def ol_clipped_norm(x, limit):
    if isinstance(x, types.Array):
        def impl(x, limit):
            s = 0.0
            for v in x:
                s += v * v
            return min(s ** 0.5, limit)
        return impl
    if isinstance(x, types.Number):
        def impl(x, limit):
            return min(abs(x), limit)
        return impl


@register_jitable
def halve(x):
    return x / 2


@njit
def use(a, x):
    return clipped_norm(a, 10.0), clipped_norm(x, 10.0), halve(x)


print(use(np.array([3.0, 4.0]), -2.5))
print(use(np.array([30.0, 40.0]), 12.0))
print(halve(7))
