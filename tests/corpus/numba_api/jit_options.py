# adapted from numba docs (reference/jit-compilation.rst): @jit/@njit options nopython, nogil, cache, fastmath, error_model, boundscheck
import numpy as np

from numba import jit, njit


@jit(nopython=True, nogil=True)
def total(a):
    s = 0.0
    for v in a:
        s += v
    return s


@njit(fastmath=False, error_model='numpy')
def ratio(a, b):
    return a / b


@njit(boundscheck=True)
def get(a, i):
    return a[i]


@njit(inline='always')
def twice(x):
    return 2 * x


@njit
def use_twice(x):
    return twice(x) + twice(x + 1)


print(total(np.arange(5.0)))
print(ratio(1.0, 4.0), ratio(1.0, 0.0), ratio(-1.0, 0.0))
print(get(np.arange(3), 2))
try:
    get(np.arange(3), 5)
except IndexError as e:
    print("IndexError:", e)
print(use_twice(3))
