# adapted from numpy usage around Numba programs: np.set_printoptions, summarised printing, meshgrid, plain-Python np.random
import numpy as np

from numba import njit


@njit
def smooth(a):
    out = a.copy()
    for i in range(1, a.size - 1):
        out[i] = (a[i - 1] + a[i] + a[i + 1]) / 3.0
    return out


np.random.seed(12)
a = np.random.normal(size=8)
np.set_printoptions(precision=3, suppress=True)
print(a)
print(smooth(a))
np.set_printoptions(threshold=10, edgeitems=2)
print(np.arange(100))
np.set_printoptions(linewidth=40)
print(np.linspace(0, 1, 7))
X, Y = np.meshgrid(np.arange(3), np.arange(2))
print(X + 10 * Y)
