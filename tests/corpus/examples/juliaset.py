# adapted from the former numba examples/juliaset/juliaset_numba.py (small image, fewer zooms)
import numpy as np

import numba


@numba.njit()
def iterate(col, Z, c):
    for k in range(col):
        Z = Z * Z + c
    return np.exp(-np.abs(Z))


def juliaset(iters):
    col = 32
    m = 50
    cx = 0
    cy = 0
    l = 1.5
    zoomAmount = 0.6
    c = -.745429 + .11308j

    for zoom in range(iters):
        x = np.linspace(cx - l, cx + l, m)
        y = np.linspace(cy - l, cy + l, m)
        (X, Y) = np.meshgrid(x, y)
        Z = X + Y * 1j
        W = iterate(col, Z, c)
        minval = np.nanmin(W)
        W[np.isnan(W)] = minval - minval / 10
        print("checksum W = %.6f" % W.sum())
        l = l * zoomAmount


if __name__ == "__main__":
    juliaset(3)
