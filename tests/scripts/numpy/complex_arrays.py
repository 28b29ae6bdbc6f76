# complex128 arrays: construction, arithmetic with broadcasting, ufuncs,
# reductions, parts, indexing and printing, in module code and jitted code
import numpy as np
from numba import njit

z = np.array([1 + 2j, -3j, 4.0, 0.5 - 0.25j])
w = np.array([2.0, 1 - 1j, -0.5j, 3 + 4j])
print(z, z.dtype, z.shape)
print(repr(z))
print(z + w, z - w)
print(z * w)
print(z / w)
print(z * 2, 2.5 * z, z + 1, 1j - z, z / 4)
print(np.arange(4) * (1 + 1j), np.arange(3.0) * 1j)
print(z == w, z != z)
print(-z)
print(np.abs(z), abs(w))
print(np.conj(z), np.conjugate(w), z.conj())
print(z.real, z.imag, np.real(w), np.imag(w))
print(np.angle(z))
print(np.sqrt(z))
print(np.exp(z))
print(np.log(w))
print(z.sum(), np.sum(w), z.mean(), np.prod(w))
print(np.isnan(z), np.isfinite(w))
print(z[0], z[-1], z[1:3])
print([z[0], w[1]])
print((z[2],))
z[1] = 5 - 5j
z[2] = 7
print(z)
z[2:] = 1j
print(z)
z += w
print(z)
z[:2] *= 2
print(z)
m = np.zeros((2, 3), dtype=np.complex128)
m[1, 2] = 1.5 + 0.5j
m[0] = np.array([1j, 2j, 3j])
print(m)
print(m.T)
print(m.reshape(3, 2))
print(np.ones(3, dtype=complex), np.full(2, 3 - 2j), np.zeros(2, 'c16'))
e = np.empty(3, np.complex128)
e[:] = 2 + 0j
print(e)
print(np.arange(3.0).astype(np.complex128), np.arange(2).astype(complex))
print(np.zeros_like(z), np.ones_like(w))
f = np.array([1.5, -2.0, 1e-3])
print(f + 1e3j)
big = np.array([1e10 + 1j, 1e-5 - 2j, 123.456 + 7e5j])
print(big)
np.set_printoptions(precision=3)
print(np.array([1 / 3 + 2j / 3, 1e-8 + 1j]))
np.set_printoptions(precision=8)
for x in np.array([1 + 1j, 2 - 2j]):
    print(x, x.real, x.imag, abs(x))
r = z.real
r[0] = 100.0
print(z)
print(np.float64(2.0) * 1j, [np.float64(2.0) * 1j])


@njit
def jit_ops(a, b):
    c = a * b + a / b - 1j
    s = 0j
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return c, s, np.abs(a), a.real, a.imag, np.conj(b), a.sum(), b.mean()


@njit
def jit_make(n):
    out = np.zeros(n, dtype=np.complex128)
    for i in range(n):
        out[i] = complex(i, 1 - i)
    out[0] += 1j
    return out, out[1], np.sqrt(out), np.exp(out), np.log(out + 1)


for v in jit_ops(np.array([1 + 2j, 3 - 1j, -2.5j, 4.0]), np.array([0.5 + 0.5j, 2 + 0j, 1 - 3j, -1j])):
    print(v)
for v in jit_make(4):
    print(v)
