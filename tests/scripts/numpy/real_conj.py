import numpy as np
from numba import njit
a = np.arange(6.0).reshape(2, 3)
b = a.conj()
b[0, 0] = 9.0
print(a, b, a.T.conjugate(), np.arange(3).conj())
r = np.real(a)
r[1, 1] = -1.0
print(a.real, r, np.real(np.arange(3)))


@njit
def f(x):
    return x.conj().sum() + x.real.sum()


print(f(np.arange(4.0)))
