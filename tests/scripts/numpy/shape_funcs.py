# numpy breadth: eye, identity, cumprod, transpose, ravel, expand_dims, ptp, diff,
# argsort, nonzero, where(cond), flatnonzero, argwhere, stack and friends.
import numpy as np
from numba import njit

print(np.eye(3))
print(np.eye(2, 3, k=1, dtype=np.int64))
print(np.eye(3, k=-1))
print(np.identity(2))
a = np.array([3.0, 1.0, 2.0, 5.0])
print(np.cumprod(a), a.cumprod(), np.cumprod(np.arange(1, 6)))
m = np.arange(6).reshape(2, 3)
print(np.transpose(m), m.transpose())
print(np.ravel(m), np.expand_dims(a, 0), np.expand_dims(a, axis=1).shape, np.expand_dims(m, -1).shape)
print(np.ptp(a), np.ptp(m), np.diff(a), np.diff(m))
print(np.argsort(a), a.argsort(), np.argsort(np.array([[3, 1, 2], [0, 5, 4]])))
print(np.nonzero(np.array([0, 1, 0, 2])), np.nonzero(m > 2))
print(np.where(a > 1.5), np.flatnonzero(m % 2), np.argwhere(m > 3))
b = np.array([10.0, 20.0, 30.0, 40.0])
print(np.stack((a, b)), np.stack([a, b], axis=1))
print(np.hstack((a, b)), np.vstack((a, b)), np.column_stack((a, b)))
print(np.dstack((a, b)).shape, np.vstack([m, m]), np.hstack([m, m]))


@njit
def jitted(a, m):
    e = np.eye(3)
    c = np.cumprod(a)
    t = np.transpose(m)
    s = np.argsort(a)
    nz = np.nonzero(a > 2.0)
    st = np.vstack((a, a))
    h = np.hstack((a, a))
    return e, c, t, s, nz, st, h, np.ptp(a), np.diff(a)


r = jitted(a, m)
print(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8])
