# adapted from the former numba examples/wave-2d/wave_2d_numba.py (small grid, a few steps)
import numpy as np

from numba import stencil, njit


@stencil()
def rws_kernel(p, c, r):
    return 2 * c[0, 0] - p[0, 0] + r * r * (c[-1, 0] + c[1, 0] + c[0, -1] + c[0, 1] - 4 * c[0, 0])


@njit()
def runWaveStencil(p, c, f, r, t, n, s2, s4, s):
    rws_kernel(p, c, r, out=f)

    # Dynamic source
    f[s2 + s4 - 2:s2 + s4 + 1, 0:2] = 1.5 * np.sin(t * n)
    f[s2 - s4 - 2:s2 - s4 + 1, 0:2] = 1.5 * np.sin(t * n)
    f[1:s - 1, 0:2] = 1.0

    # Transparent boundary handling
    f[1:s - 1, 0] = (2.0 * c[1:s - 1, 0] + (r - 1.0) * p[1:s - 1, 0] + 2.0 * r * r * (c[1:s - 1, 1] + c[2:s, 0] + c[0:s - 2, 0] - 3.0 * c[1:s - 1, 0])) / (1.0 + r)
    f[1:s - 1, s - 1] = (2.0 * c[1:s - 1, s - 1] + (r - 1.0) * p[1:s - 1, s - 1] + 2.0 * r * r * (c[1:s - 1, s - 2] + c[2:s, s - 1] + c[0:s - 2, s - 1] - 3.0 * c[1:s - 1, s - 1])) / (1.0 + r)
    f[0, 1:s - 1] = (2.0 * c[0, 1:s - 1] + (r - 1.0) * p[0, 1:s - 1] + 2.0 * r * r * (c[1, 1:s - 1] + c[0, 2:s] + c[0, 0:s - 2] - 3.0 * c[0, 1:s - 1])) / (1.0 + r)
    f[s - 1, 1:s - 1] = (2.0 * c[s - 1, 1:s - 1] + (r - 1.0) * p[s - 1, 1:s - 1] + 2.0 * r * r * (c[s - 2, 1:s - 1] + c[s - 1, 2:s] + c[s - 1, 0:s - 2] - 3.0 * c[s - 1, 1:s - 1])) / (1.0 + r)


def wave2d(s, steps):
    speed = 10
    s2 = s // 2
    s4 = s // 4
    s8 = s // 8
    s16 = s // 16
    p = np.zeros((s, s))
    c = np.zeros((s, s))
    f = np.zeros((s, s))
    dt = 0.0001
    dx = 0.01
    r = speed * dt / dx
    n = 300
    for i in range(s2 - s16 - 1, s2 + s16):
        c[i, s2 - s16 - 1:s2 + s16] = - 2 * np.cos(0.5 * 2 * np.pi / (s8) * np.arange(s2 - s16, s2 + s16 + 1)) * np.cos(0.5 * 2 * np.pi / (s8) * i)
        p[i, 0:s] = c[i, 0:s]
    t = 0
    for _ in range(steps):
        runWaveStencil(p, c, f, r, t, n, s2, s4, s)
        tmp = p
        p = c
        c = f
        f = tmp
        t += dt
    return c


res = wave2d(16, 5)
print("checksum %.8f" % res.sum())
print(np.round(res[6:10, 6:10], 6))
