# adapted from numba docs (user/withobjmode.rst): an output assigned in place (y += ...) and output types given as a typeof() value and as 'List(int64)'
import numpy as np
from numba import njit, objmode, types, typeof


def bar(x):
    return np.asarray(list(reversed(x.tolist())))


@njit
def foo():
    x = np.arange(5)
    y = np.zeros_like(x)
    with objmode(y='intp[:]'):  # annotate return type
        # this region is executed by object-mode.
        y += bar(x)
    return y


print(foo())

arr_typ = typeof(np.zeros(3))


@njit
def with_typeof():
    with objmode(out=arr_typ, lst='List(int64)'):
        out = np.ones(3) * 2
        lst = [1, 2, 3]
    return out, lst


print(with_typeof())
