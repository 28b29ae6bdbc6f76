# adapted from numba docs (user/jit.rst "Lazy compilation") and test_dispatcher.py: one specialization per argument types
import numpy as np

from numba import njit


@njit
def add(a, b):
    return a + b


print(add(1, 2))
print(add(1.5, 2))
print(add(1j, 2))
print(add(np.arange(3), 1))
print(add((1, 2), (3,)))
for sig in add.signatures:
    print(sig)
print(add.py_func(10, 20), add.py_func.__name__)
