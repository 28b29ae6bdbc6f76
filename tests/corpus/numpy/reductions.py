# adapted from numba/tests/test_array_reductions.py: array_sum, array_prod, array_mean, array_var, array_std, array_min, array_max, array_argmin, array_argmax
import numpy as np

from numba import njit


@njit
def reduce_all(a):
    return (a.sum(), a.prod(), a.mean(), a.var(), a.std(), a.min(), a.max(),
            a.argmin(), a.argmax(), np.median(a))


arrays = [np.array([1.0, 2.0, 3.0, 4.0]),
          np.array([[3.0, -1.0], [0.5, 8.0]]),
          np.arange(1, 7)]
for a in arrays:
    print([round(float(v), 12) for v in reduce_all(a)])
