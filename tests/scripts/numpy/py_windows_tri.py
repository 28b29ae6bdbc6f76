# numpy functions rumba writes in Python (src/stdlib/_rumba_numpy.py): windows, tri, vander
import numpy as np
from numba import njit
for M in (0, 1, 5, 8):
    print(np.bartlett(M), np.blackman(M), np.hamming(M), np.hanning(M))
print(np.kaiser(6, 14.0), np.kaiser(1, 2.0))
print(np.i0(np.array([0.0, 1.0, 2.5, 9.0, -10.0])))
print(np.sinc(np.linspace(-2, 2, 5)))
print(np.tri(3), np.tri(3, 4, 1), np.tri(2, dtype=np.int64))
print(np.tril_indices(3), np.triu_indices(3, 1), np.tril_indices(3, -1, 4))
a = np.arange(12).reshape(3, 4)
print(np.tril_indices_from(a), np.triu_indices_from(a, 2))
print(np.vander(np.array([1, 2, 3])), np.vander(np.array([1.5, 2.0]), 3, True))
print(np.diagflat(np.array([1, 2])), np.diagflat(np.array([[1.0, 2.0]]), -1))
print(np.geomspace(1, 1000, 4), np.geomspace(-1, -8, 4), np.geomspace(2, 32, 4, endpoint=False))
print(np.logspace(0, 2, 3, endpoint=False))
@njit
def jf(n):
    return np.hanning(n), np.kaiser(n, 3.0), np.tril_indices(n), np.vander(np.arange(1.0, n), 3)
print(jf(5))
