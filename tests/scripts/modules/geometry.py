# A helper module that itself imports a helper module (not a test).
import numpy as np
import mathutil
from mathutil import norm2

ORIGIN = (0.0, 0.0)


def dist(p, q):
    return norm2(q[0] - p[0], q[1] - p[1])


def lengths(xs, ys):
    out = np.empty(xs.shape[0])
    for i in range(xs.shape[0]):
        out[i] = norm2(xs[i], ys[i])
    return out


def bounded_scale(x):
    # The bounds have x's type: a plain function returns one type.
    return mathutil.clamp(mathutil.scaled(x), x * 0 - 100, x * 0 + 100)
