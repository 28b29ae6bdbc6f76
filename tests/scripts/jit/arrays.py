# Array loops: 1-D to 3-D, negative indices, strided views, stores, dtypes.
from numba import njit
import numpy as np


@njit
def reverse_sum(a):
    s = 0.0
    for i in range(1, a.shape[0] + 1):
        s += a[-i] * i
    return s


@njit
def fill3(z):
    for i in range(z.shape[0]):
        for j in range(z.shape[1]):
            for k in range(z.shape[2]):
                z[i, j, k] = i * 100 + j * 10 + k
    return z.sum()


@njit
def every_other(a):
    v = a[::2]
    t = 0
    for i in range(v.shape[0]):
        t += v[i]
    return t


@njit
def narrow(n):
    b = np.zeros(n, dtype=np.int8)
    u = np.zeros(n, dtype=np.uint16)
    f = np.zeros(n, dtype=np.float32)
    for i in range(n):
        b[i] = (i * 7) % 128
        u[i] = (i * 1000) % 65536
        f[i] = i / 3.0
    s = 0
    t = 0.0
    for i in range(n):
        s += b[i] + u[i]
        t += f[i]
    return int(s), int(t)


a = np.arange(100, dtype=np.float64)
print(reverse_sum(a))
print(fill3(np.zeros((4, 5, 6))))
print(every_other(np.arange(1000, dtype=np.int64)))
print(narrow(300))
