# Arrays passed to functions, modified by them, returned from them.
import numpy as np
from numba import jit


@jit
def fill(a, v):
    for i in range(a.shape[0]):
        a[i] = v * i


@jit
def total(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@jit
def total2d(m):
    s = 0
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j]
    return s


@jit
def scaled(a, k):
    out = np.empty_like(a)
    for i in range(len(a)):
        out[i] = a[i] * k
    return out


@jit
def normalize(a):
    a /= a.sum()


@jit
def cumsum(a):
    out = np.zeros(a.shape[0])
    acc = 0.0
    for i in range(a.shape[0]):
        acc += a[i]
        out[i] = acc
    return out


def head(a):
    return a[:2]


a = np.zeros(5)
fill(a, 1.5)
print(a, total(a))
b = np.zeros(4, dtype=np.int64)
fill(b, 3)
print(b, total(b))
m = np.arange(12).reshape(3, 4)
print(total2d(m), total2d(np.ones((2, 2), dtype=np.int32)))
print(scaled(a, 2.0), scaled(b, 2), a)
c = np.array([1.0, 3.0, 4.0])
normalize(c)
print(c)
print(cumsum(np.arange(6.0)))
h = head(a)
h[0] = -9.0
print(a)
fill(a[1:4], 10.0)
print(a)
print(total(np.arange(100) * 0.5), total(m[1]))
print(fill.signatures)
print(total.signatures)
print(total2d.signatures)
