import numpy as np
from numba import njit
np.random.seed(5)
x = np.round((np.random.rand(17) - 0.5) * 8) / 4
m = np.round((np.random.rand(4, 3) - 0.5) * 8) / 4
print(repr(np.linalg.norm(x)), repr(np.linalg.norm(m)), np.linalg.norm(np.arange(5)))
print(np.linalg.norm(x, 1), np.linalg.norm(x, np.inf), np.linalg.norm(x, -np.inf), np.linalg.norm(x, 2), np.linalg.norm(x, 3), np.linalg.norm(x, 0))
print(np.linalg.norm(m, 1), np.linalg.norm(m, np.inf), np.linalg.norm(m, -1))
print(np.linalg.norm(m, axis=0), np.linalg.norm(m, axis=1))
print(np.linalg.norm(np.array([3 + 4j, 1 - 1j])))
from numpy.linalg import norm
import numpy.linalg as la
print(norm(np.array([3.0, 4.0])), la.norm(np.array([1.0, 1.0])))


@njit
def unit(v):
    return v / np.linalg.norm(v)


print(unit(np.array([3.0, 4.0])))
