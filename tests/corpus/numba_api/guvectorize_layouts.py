# adapted from numba/tests/npyufunc/test_gufunc.py: matrix-vector layouts, out= and output arguments, broadcasting, casts
import numpy as np

from numba import guvectorize, float64, int64, njit


@guvectorize([(float64[:], float64[:], float64[:])], '(n),(n)->()')
def dot(a, b, r):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    r[0] = s


@guvectorize(['void(float64[:, :], float64[:], float64[:])'], '(m,n),(n)->(m)')
def matvec(m, v, out):
    for i in range(m.shape[0]):
        acc = 0.0
        for j in range(m.shape[1]):
            acc += m[i, j] * v[j]
        out[i] = acc


@guvectorize([(int64[:], int64, int64[:]), (float64[:], float64, float64[:])], '(n),()->(n)')
def scale(x, k, out):
    for i in range(x.shape[0]):
        out[i] = x[i] * k


@guvectorize('(n),(n)->(n)')
def add(x, y, out):
    for i in range(x.shape[0]):
        out[i] = x[i] + y[i]


@njit
def use_add(n):
    x = np.arange(n)
    out = np.empty(n, dtype=np.int64)
    add(x, x, out)
    return out


print(dot(np.ones((2, 3)), np.arange(3.0)))
print(dot(np.arange(3.0), np.arange(3.0)))
print(dot(np.arange(4.0).reshape(2, 1, 2), np.ones((3, 2))))
m = np.arange(6.0).reshape(2, 3)
print(matvec(m, np.array([1.0, 0.0, -1.0])))
print(matvec(np.stack([m, 2 * m]), np.ones(3)))
print(scale(np.arange(4), 3))
print(scale(np.arange(4.0), 0.5))
print(scale(np.arange(4, dtype=np.int32), 2))
out = np.zeros(4)
r = scale(np.arange(4.0), 2.0, out)
print(out, r)
scale(np.arange(4.0), 3.0, out=out)
print(out)
o2 = np.zeros((2, 3), dtype=np.int64)
add(np.arange(3), np.arange(6).reshape(2, 3), o2)
print(o2)
print(use_add(4))
try:
    dot(np.ones(3), np.ones(4))
except ValueError as e:
    print(e)
