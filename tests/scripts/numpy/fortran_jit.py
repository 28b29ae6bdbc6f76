# Fortran-ordered arrays through jitted code: specialization on the
# layout, signatures with '::1' first, Numba's result layouts
import numpy as np
from numba import njit, typeof, types, float64

b = np.arange(6.0).reshape(2, 3)
c = np.asfortranarray(b)
d = np.array([[1e16, 1.0, 1.0], [-1e16, 1.0, 3.0]], order='F')


@njit
def weighted(x):
    s = 0.0
    for i in range(x.shape[0]):
        for j in range(x.shape[1]):
            s += x[i, j] * (i + 1) * (j + 2)
    return s, x.sum(), x[1], x.flags.f_contiguous, x.flags.c_contiguous


print(weighted(c))
print(weighted(b))
print(weighted(d))
print(weighted.signatures)


@njit
def made(n):
    z = np.zeros((n, 3))
    t = z.T
    f = np.asfortranarray(z)
    for i in range(n):
        for j in range(3):
            f[i, j] = i * 10 + j
    return t, f, f + 1.0, f[:, 1], f[1], np.copy(f), f.copy(), np.empty_like(f).shape, -f, f.T


for r in made(2):
    print(r, typeof(r) if isinstance(r, np.ndarray) else '')


@njit
def by_rows(x):
    out = np.zeros(x.shape[0])
    k = 0
    for row in x:
        out[k] = row.sum()
        k += 1
    return out, x.ravel(), x.flatten(), np.ravel(x)


print(by_rows(c))


@njit("float64(float64[::1, :])")
def corner(x):
    return x[0, 1] + 10 * x[1, 0]


print(corner(c), corner.signatures)


@njit("float64(float64[:, :])")
def any_layout(x):
    return x[0, 1] + 10 * x[1, 0]


print(any_layout(c), any_layout(b), any_layout(b[:, ::2]))
print(float64[::1, :], types.Array(types.float64, 2, 'F'), types.float64[:, ::1])
print(types.int32[::1, :, :], types.Array(types.int8, 3, 'A'))
