# Numba's boxing: numpy scalars a jitted function returns reach Python as
# Python bool/int/float, and its print shows them so; module code keeps
# numpy's reprs.
import numpy as np
from numba import njit, jit


@njit
def pair(a):
    print((a[0], a[1]), [a[0], a[1]])
    return a[0], a[1]


@njit
def mixed(a, b):
    x = np.float32(1.0) / np.float32(3.0)
    print(x, (x, b[0]), (np.int8(5), a[0] > 0))
    return x, b[0], np.int16(3), a[0] > 1.0, [a[0], a[1]]


@jit("f4(f4)")
def third(x):
    return x / np.float32(3.0)


@njit
def total(a):
    return a.sum(), a.max() > 2.0


def plain(a):
    return a[0], a[1]


a = np.arange(3.0)
b = np.arange(4)
print(pair(a))
print(mixed(a, b))
print(third(np.float32(1.0)))
s, big = total(a)
print((s, big), s * 2)
print(plain(a))
print((a[0], b[1], a[0] > 0))
