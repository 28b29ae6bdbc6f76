# adapted from numba docs (user/performance-tips.rst): ident_np, ident_loops, do_sum, ident_parallel
import numpy as np

from numba import njit


@njit
def ident_np(x):
    return np.cos(x) ** 2 + np.sin(x) ** 2


@njit
def ident_loops(x):
    r = np.empty_like(x)
    n = len(x)
    for i in range(n):
        r[i] = np.cos(x[i]) ** 2 + np.sin(x[i]) ** 2
    return r


@njit(fastmath=False)
def do_sum(A):
    acc = 0.
    for x in A:
        acc += np.sqrt(x)
    return acc


@njit(parallel=True)
def ident_parallel(x):
    return np.cos(x) ** 2 + np.sin(x) ** 2


x = np.arange(1.e4)
print(np.allclose(ident_np(x), 1.0), np.allclose(ident_loops(x), 1.0), np.allclose(ident_parallel(x), 1.0))
print("%.6f" % do_sum(np.arange(1000.0)))
