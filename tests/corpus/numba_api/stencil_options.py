# adapted from numba/tests/test_stencils.py: cval, neighborhood, out=, several operands, integer kernels
import numpy as np

from numba import njit, stencil


@stencil(cval=-1.0)
def diff(a):
    return a[1] - a[-1]


@stencil(neighborhood=((-1, 1), (-2, 0)))
def box(a):
    s = 0
    for i in range(-1, 2):
        for j in range(-2, 1):
            s += a[i, j]
    return s


@stencil
def blend(a, b, w):
    return w * a[0, 0] + (1 - w) * b[0, 1]


@stencil
def ismax(a):
    return a[0] >= a[-1] and a[0] >= a[1]


@njit
def steps(a, n):
    out = np.zeros_like(a)
    for _ in range(n):
        diff(a, out=out)
        a = out.copy()
    return out


x = np.array([1.0, 4.0, 9.0, 16.0, 25.0])
print(diff(x))
print(steps(x, 2))
m = np.arange(20).reshape(4, 5)
print(box(m))
print(blend(np.ones((3, 3)), np.arange(9.0).reshape(3, 3), 0.25))
print(ismax(np.array([1, 3, 2, 5, 4])))
o = np.full((3, 3), 7.0)
blend(np.ones((3, 3)), np.zeros((3, 3)), 0.5, out=o)
print(o)
print(diff(np.array([2.0])))
