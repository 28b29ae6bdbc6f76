# adapted from numba/tests/test_builtins.py (test_round2): round(x, n) in jitted code, Numba's algorithm
import numpy as np
from numba import njit


@njit
def round2(v, d):
    return round(v, d)


@njit
def round_elems(a, d):
    out = np.empty_like(a)
    for k in range(a.shape[0]):
        out[k] = round(a[k], d)
    return out


for v in (2.675, 0.285, 1.5, 2.5, -2.5, 1234.5, 0.125, 1e308, 1e-300, np.inf, -np.inf):
    print(v, [round2(v, d) for d in (-2, -1, 0, 1, 2, 3, 25)])
print(round2(1.5, 400), round2(2.5, -400), round2(7, 2), round2(-13, -1))
print(round2(np.float32(2.675), 2), round2(np.float32(0.125), 2), round2(np.float32(1e30), 3))
a = np.array([2.675, 0.285, -1.005, 7.5])
print(round_elems(a, 2), round_elems(a, 0))
print(round_elems(a.astype(np.float32), 1))
