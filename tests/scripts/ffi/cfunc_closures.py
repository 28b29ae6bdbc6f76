# cfuncs built from closures whose captured values are functions
import ctypes

import numpy as np
from numba import cfunc, carray, njit, types


def make_summer(view):
    def summer(ptr, n):
        a = view(ptr, n)
        s = 0.0
        for i in range(n):
            s += a[i]
        return s

    return summer


@njit
def square(x):
    return x * x


def make_mapped(fn):
    @cfunc(types.float64(types.float64))
    def mapped(x):
        return fn(x) + 1.0

    return mapped


sig = types.float64(types.CPointer(types.float64), types.intp)
f = cfunc(sig)(make_summer(carray))
data = np.arange(5.0)
print(f.ctypes(data.ctypes.data_as(ctypes.POINTER(ctypes.c_double)), 5))
m = make_mapped(square)
print(m.ctypes(3.0), m(0.5))
