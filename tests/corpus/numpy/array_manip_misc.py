# adapted from numba/tests/test_np_functions.py: np.roll, np.flip, np.fliplr, np.repeat, np.tile, np.diag, np.trace, np.triu, np.tril, np.append
import numpy as np

from numba import njit


@njit
def manip(a, m):
    return (np.roll(a, 2), np.flip(a), np.repeat(a, 2), np.append(a, 9),
            np.diag(m), np.trace(m), np.triu(m), np.tril(m, -1), np.fliplr(m))


for r in manip(np.arange(5), np.arange(9.0).reshape(3, 3)):
    print(r)
