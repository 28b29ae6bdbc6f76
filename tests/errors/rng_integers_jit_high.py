# compile error
import numpy as np
from numba import njit


@njit
def f(g):
    return g.integers(10)


print(f(np.random.default_rng(1)))
