# getattr/hasattr with constant names, resolved when typing; getattr's
# default where the attribute is missing.
import math
import numpy as np
from numba import njit


@njit
def f(a):
    return getattr(a, "size"), getattr(a, "ndim"), hasattr(a, "shape"), hasattr(a, "nope")


a = np.zeros((2, 3))
print(f(a), getattr(math, "pi"), hasattr(math, "tau"), hasattr(math, "nothing"))
print(getattr(a, "missing", 7), getattr(a, "size", 7), getattr(f, "__name__"))
