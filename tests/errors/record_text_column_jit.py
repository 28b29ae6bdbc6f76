# compile error
import numpy as np
from numba import njit


@njit
def fill(a, s):
    a['n'] = s


a = np.zeros(3, dtype=[('m', np.int32), ('n', 'S4')])
fill(a, b'zz')
