# roll, flip/fliplr/flipud (views), repeat, append, diag, trace, triu, tril,
# outer, cross, kron.
import numpy as np
from numba import njit

a = np.arange(5)
m = np.arange(9.0).reshape(3, 3)
print(np.roll(a, 2), np.roll(a, -1), np.roll(m, 4))
print(np.flip(a), np.flip(m), np.fliplr(m), np.flipud(m))
print(np.repeat(a, 2), np.repeat(m, 1), np.append(a, 9), np.append(a, np.array([1.5, 2.5])))
print(np.diag(m), np.diag(m, 1), np.diag(m, k=-2), np.diag(np.array([1, 2])), np.diag(np.array([1.0, 2.0]), -1))
print(np.trace(m), np.trace(np.arange(6).reshape(2, 3)))
print(np.triu(m), np.tril(m, -1), np.triu(np.ones((2, 4)), 1))
x = np.array([1.0, 2.0, 3.0])
y = np.array([0.0, 1.0, -1.0])
print(np.outer(x, y), np.cross(x, y), np.kron(x, y), np.outer(np.arange(2), np.arange(3)))
f = np.flip(a)
f[0] = 100
print(a)


@njit
def manip(a, m):
    return (np.roll(a, 2), np.flip(a), np.repeat(a, 2), np.append(a, 9),
            np.diag(m), np.trace(m), np.triu(m), np.tril(m, -1), np.fliplr(m))


print(manip(np.arange(5), np.arange(9.0).reshape(3, 3)))


@njit
def products(a, b):
    return np.outer(a, b), np.cross(a, b), np.kron(a, b)


print(products(x, y))
