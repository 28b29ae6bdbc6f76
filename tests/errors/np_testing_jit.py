# compile error
import numpy as np
from numba import njit


@njit
def check(a):
    np.testing.assert_equal(a, a)


check(np.zeros(3))
