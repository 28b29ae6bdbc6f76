# adapted from numba/tests/test_array_reductions.py (zero-size cases) and test_dyn_array.py: empty and zero-size arrays
import numpy as np

from numba import njit


@njit
def empty_stats(n):
    a = np.zeros(n)
    return a.size, a.sum(), a.prod(), len(a), a.shape


@njit
def filtered(a, lim):
    out = []
    for v in a:
        if v > lim:
            out.append(v)
    return np.array(out) if len(out) > 0 else np.zeros(0)


print(empty_stats(0), empty_stats(3))
print(filtered(np.arange(5.0), 10.0), filtered(np.arange(5.0), 2.0))
try:
    np.zeros(0).max()
except ValueError as e:
    print("ValueError")
