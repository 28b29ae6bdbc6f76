import numpy as np
a = np.arange(7)
print(np.array_split(a, 3))
print(np.split(np.arange(6.0), 3))
print(np.split(np.arange(10), [3, 5, 6]))
m = np.arange(12).reshape(3, 4)
print(np.array_split(m, 2, axis=1))
print(np.hsplit(m, 2))
print(np.vsplit(m, 3))
print(np.array_split(m, 2))
try:
    np.split(a, 3)
except ValueError as e:
    print("ValueError", e)
print(np.atleast_1d(3.0), np.atleast_1d(np.ones(2)), np.atleast_2d(np.arange(3)), np.atleast_3d(m).shape)
print(np.atleast_2d(m) is m, np.atleast_2d([1, 2]))
print(np.rot90(m), np.rot90(m, 2), np.rot90(m, -1), np.rot90(m, 4))
print(np.isscalar(3.0), np.isscalar(3), np.isscalar(np.ones(2)), np.isscalar("x"), np.isscalar(np.float64(2.0)))
c = np.array([1 + 2j, 3 + 0j])
print(np.iscomplexobj(c), np.iscomplexobj(m), np.isrealobj(m), np.iscomplex(c), np.isreal(c), np.isreal(m))
x = np.array([-1.5, 0.0, 2.0, np.nan])
print(np.heaviside(x, 0.5), np.heaviside(0.0, 0.25), np.heaviside(-2.0, 0.5))
print(np.polyval(np.array([3.0, 0.0, 1.0]), 5.0), np.polyval(np.array([1, 2, 3]), np.array([0.5, 2.0])), np.polyval([1, 2], 3))
print(np.gradient(np.array([1.0, 2.0, 4.0, 7.0, 11.0])), np.gradient(np.array([1, 4, 9, 16]), 2.0))
ph = np.linspace(0, 20, 12) % (2 * np.pi)
print(np.unwrap(ph))
print(np.unwrap(np.array([0.0, 3.0, 6.5, 1.0, 4.0]), discont=2.0))
print(np.tile(np.arange(3), 2), np.tile(m, 2), np.tile(np.array([1.5, 2.5]), (2, 2)))
print(np.delete(np.arange(6), 2), np.delete(np.arange(6), [0, -1]), np.delete(m, 5))
print(np.insert(np.arange(4), 1, 9), np.insert(np.arange(4.0), -1, np.array([7.0, 8.0])), np.insert(np.arange(3), 3, 2.7))
try:
    np.delete(np.arange(3), 3)
except IndexError as e:
    print("IndexError", e)
b = np.array([[10, 30, 20], [60, 40, 50]])
idx = np.array([[0, 2, 1], [1, 2, 0]])
print(np.take_along_axis(b, idx, axis=1), np.take_along_axis(b, np.array([[0], [2]]), 1))
print(np.take_along_axis(b, np.array([[1, 0, 1]]), axis=0), np.take_along_axis(np.arange(5.0), np.array([4, 0]), 0))
print(np.row_stack((np.ones(2), np.zeros(2))))

from numba import njit


@njit
def jitted(a, m):
    parts = np.array_split(a, 3)
    s = 0.0
    for p in parts:
        s += p.sum()
    r = np.rot90(m)
    return s, r[0, 0], np.atleast_2d(a).shape


print(jitted(np.arange(7), np.arange(12).reshape(3, 4)))
