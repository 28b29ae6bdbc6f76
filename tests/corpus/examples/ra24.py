# adapted from the former numba examples/ra24.py (extraterrestrial radiation; timings removed, small grids)
import math

import numpy as np

from numba import jit


@jit
def ra_numba(doy, lat):
    ra = np.zeros_like(lat)
    Gsc = 0.0820

    pi = math.pi

    dr = 1 + 0.033 * math.cos(2 * pi / 365 * doy)
    decl = 0.409 * math.sin(2 * pi / 365 * doy - 1.39)
    tan_decl = math.tan(decl)
    cos_decl = math.cos(decl)
    sin_decl = math.sin(decl)

    for idx, latval in np.ndenumerate(lat):
        ws = math.acos(-math.tan(latval) * tan_decl)
        ra[idx] = 24 * 60 / pi * Gsc * dr * (ws * math.sin(latval) * sin_decl + math.cos(latval) * cos_decl * math.sin(ws)) * 11.6

    return ra


def ra_numpy(doy, lat):
    Gsc = 0.0820

    pi = math.pi

    dr = 1 + 0.033 * np.cos(2 * pi / 365 * doy)
    decl = 0.409 * np.sin(2 * pi / 365 * doy - 1.39)
    ws = np.arccos(-np.tan(lat) * np.tan(decl))

    ra = 24 * 60 / pi * Gsc * dr * (ws * np.sin(lat) * np.sin(decl) + np.cos(lat) * np.cos(decl) * np.sin(ws)) * 11.6

    return ra


doy = 120
for dim in [2, 5]:
    lat = np.deg2rad(np.ones((dim, dim), dtype=np.float32) * 45.)
    ra_nb = ra_numba(doy, lat)
    ra_np = ra_numpy(doy, lat)
    print(dim, ra_nb.dtype, np.round(ra_nb[0, :2], 3), np.allclose(ra_nb, ra_np, rtol=1e-5))
