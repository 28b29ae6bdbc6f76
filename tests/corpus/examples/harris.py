# adapted from the former numba examples/harris/harris_numba.py (a synthetic image instead of a PIL one)
import numpy as np

from numba import njit


@njit
def xsten(a):
    ret = np.zeros_like(a)
    ashape = a.shape
    for i in range(1, ashape[0] - 1):
        for j in range(1, ashape[1] - 1):
            ret[i, j] = ((a[i - 1, j - 1] * -1.0) + (a[i - 1, j] * -2.0) + (a[i - 1, j + 1] * -1.0) + a[i + 1, j - 1] + (a[i + 1, j] * 2.0) + a[i + 1, j + 1]) / 12.0
    return ret


@njit
def ysten(a):
    ret = np.zeros_like(a)
    ashape = a.shape
    for i in range(1, ashape[0] - 1):
        for j in range(1, ashape[1] - 1):
            ret[i, j] = ((a[i - 1, j - 1] * -1.0) + (a[i, j - 1] * -2.0) + (a[i + 1, j - 1] * -1.0) + a[i - 1, j + 1] + (a[i, j + 1] * 2.0) + a[i + 1, j + 1]) / 12.0
    return ret


@njit
def harris_common(a):
    ret = np.zeros_like(a)
    ashape = a.shape
    for i in range(1, ashape[0] - 1):
        for j in range(1, ashape[1] - 1):
            ret[i, j] = (a[i - 1, j - 1] + a[i - 1, j] + a[i - 1, j + 1] + a[i, j - 1] + a[i, j] + a[i, j + 1] + a[i + 1, j - 1] + a[i + 1, j] + a[i + 1, j + 1])
    return ret


@njit
def harris(Iin):
    Ix = xsten(Iin)
    Iy = ysten(Iin)
    Ixx = Ix * Ix
    Iyy = Iy * Iy
    Ixy = Ix * Iy
    Sxx = harris_common(Ixx)
    Syy = harris_common(Iyy)
    Sxy = harris_common(Ixy)
    det = (Sxx * Syy) - (Sxy * Sxy)
    trace = Sxx + Syy
    return det - (0.04 * trace * trace)


img = np.zeros((12, 12))
img[3:9, 3:9] = 1.0
res = harris(img)
print(res.shape, "%.8f" % res.sum())
i, j = np.unravel_index(np.argmax(res), res.shape)
print("corner at", i, j, "%.6f" % res.max())
