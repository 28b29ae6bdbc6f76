import numpy as np
np.random.seed(3)
a = np.random.rand(3, 20)
print(repr(np.cov(a)))
print(np.cov(a[0]), np.cov(a[0], a[1]))
print(repr(np.cov(a, bias=True)), np.cov(a, ddof=2))
print(np.cov(a.T, rowvar=False))
print(np.cov(np.array([1, 2, 4, 7])), np.cov([1.0, 2.0, 3.0], [1.0, 4.0, 9.0]))
print(repr(np.corrcoef(a)))
print(np.corrcoef(a[0], a[1]), np.corrcoef(a[0]))
print(np.corrcoef(np.array([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]])))

from numba import njit


@njit
def jc(a):
    return np.cov(a), np.corrcoef(a[0], a[2])


print(jc(a))
