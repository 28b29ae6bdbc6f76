# Benchmarks-game spectral-norm: power method on A'A, where
# A[i, j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), 10 rounds.
import math
import sys

import numpy as np
from numba import njit


@njit
def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


@njit
def mul_av(v, av, n):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        av[i] = s


@njit
def mul_atv(v, atv, n):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        atv[i] = s


@njit
def mul_atav(v, out, tmp, n):
    mul_av(v, tmp, n)
    mul_atv(tmp, out, n)


@njit
def spectral_norm(n):
    u = np.ones(n, dtype=np.float64)
    v = np.zeros(n, dtype=np.float64)
    tmp = np.zeros(n, dtype=np.float64)
    for _ in range(10):
        mul_atav(u, v, tmp, n)
        mul_atav(v, u, tmp, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 2200
print(f"{spectral_norm(n):.9f}")
