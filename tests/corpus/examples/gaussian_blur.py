# adapted from the former numba examples/gaussian-blur/gaussian-blur.py (a synthetic image instead of a PIL one)
import numpy as np

from numba import njit, stencil


@stencil()
def gaussian_blur(a):
    return (a[-2, -2] * 0.003 + a[-1, -2] * 0.0133 + a[0, -2] * 0.0219 + a[1, -2] * 0.0133 + a[2, -2] * 0.0030 +
            a[-2, -1] * 0.0133 + a[-1, -1] * 0.0596 + a[0, -1] * 0.0983 + a[1, -1] * 0.0596 + a[2, -1] * 0.0133 +
            a[-2, 0] * 0.0219 + a[-1, 0] * 0.0983 + a[0, 0] * 0.1621 + a[1, 0] * 0.0983 + a[2, 0] * 0.0219 +
            a[-2, 1] * 0.0133 + a[-1, 1] * 0.0596 + a[0, 1] * 0.0983 + a[1, 1] * 0.0596 + a[2, 1] * 0.0133 +
            a[-2, 2] * 0.003 + a[-1, 2] * 0.0133 + a[0, 2] * 0.0219 + a[1, 2] * 0.0133 + a[2, 2] * 0.0030)


@njit
def blur(img, iterations):
    for i in range(iterations):
        img = gaussian_blur(img)
    return img


img = np.zeros((10, 10))
img[5, 5] = 100.0
out = blur(img, 2)
print("%.6f" % out.sum())
print(np.round(out[3:8, 3:8], 4))
