# compile error
import numpy as np
from numba import njit


@njit
def pick(g):
    return g.choice(10)


print(pick(np.random.default_rng(1)))
