# One index array among slices and ints (a[idx, :], a[:, idx], a[mask, 1],
# a[1:, idx, 0]), np.take / a.take without an axis, np.bitwise_not.
import numpy as np
from numba import njit


@njit
def rows(a, idx):
    return a[idx, :], a[:, idx], a[idx]


@njit
def masked(a, m):
    return a[m, 1], a[m, :], a[1, m[:a.shape[1]]]


@njit
def three(b, idx):
    return b[1:, idx, 0], b[0, idx], b[:, ::2, idx]


@njit
def take_jit(a, idx):
    return np.take(a, idx), a.take(idx)


b = np.arange(16).reshape(4, 4)
for r in rows(b, np.array([2, 0, -1])):
    print(r)
for r in masked(b * 1.5, np.array([True, False, True, True])):
    print(r)
c = np.arange(60).reshape(3, 4, 5)
for r in three(c, np.array([3, 1])):
    print(r)
print(c[:, np.array([[0, 1], [2, 3]]), 1])
print(c[::-1, 1:3, np.array([4])], b[np.array([1, 3]), 2], b[2, np.array([0, 3])])
print(b[np.array([True, False, False, True]), ::-1])
print(np.take(b, [1, 15, -1]), b.take(np.array([[0, 5], [10, 15]])), np.take(b.T, np.array([1, 2])))
print(take_jit(b, np.array([3, 4, 5])))
print(np.bitwise_not(np.array([0, 5, -3])), np.bitwise_not(np.array([True, False])))
try:
    print(b[np.array([4]), :])
except IndexError as e:
    print("IndexError", e)
try:
    print(b[:, np.array([True, False])])
except IndexError as e:
    print("IndexError", e)
try:
    print(np.take(b, [16]))
except IndexError as e:
    print("IndexError", e)
