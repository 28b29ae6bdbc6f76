# compile error
# a cfunc made by a factory, reading an array of the factory's call (Numba freezes it into the cfunc)
import numpy as np
from numba import cfunc, types


def make_lookup(table):
    @cfunc(types.float64(types.int64))
    def lookup(i):
        return table[i]

    return lookup


print(make_lookup(np.arange(3.0)).ctypes(1))
