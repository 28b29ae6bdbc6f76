# adapted from numba/tests/test_array_attr.py: array_real, array_imag; test_array_methods: array_conj
import numpy as np

from numba import njit


@njit
def parts(a):
    return a.real, a.imag, np.conj(a), np.abs(a)


@njit
def make(n):
    z = np.zeros(n, dtype=np.complex128)
    for i in range(n):
        z[i] = complex(i, -i)
    return z * (1 + 1j)


z = np.array([1 + 2j, -3j, 4.0])
for r in parts(z):
    print(r)
print(make(3))
