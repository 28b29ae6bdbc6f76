# Boolean-mask and integer-array indexing: loads copy, stores write
# through, augmented assignment updates the picked elements.
import numpy as np
from numba import njit

a = np.arange(10.0)
print(a[a > 4.5], a[np.array([1, 3, -1])])
m = np.arange(12).reshape(3, 4)
print(m[m % 2 == 0], m[np.array([2, 0])], m[np.array([True, False, True])])
print(m[np.array([[0, 1], [2, 2]])].shape)
b = a.copy()
b[b > 6.0] = 0.0
print(b)
b[np.array([0, 2])] = np.array([100.0, 200.0])
print(b)
b[b < 3.0] += 1.5
print(b)
m2 = m.copy()
m2[np.array([1])] = np.array([7, 7, 7, 7])
m2[m2 > 10] = -1
print(m2)
m2[np.array([0, 2])] = 5
print(m2)
i = np.array([0, 0, 1])
c = np.zeros(3)
c[i] += 1.0
print(c)


@njit
def jitted(a):
    s = a[a > 3.0]
    a[a < 2.0] = -1.0
    t = a[np.array([0, 4])]
    return s, t, a


print(jitted(np.arange(6.0)))
