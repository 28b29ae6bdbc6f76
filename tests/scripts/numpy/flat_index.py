# a.flat[k]: elements by their index in C order, read and assigned, also
# through transposes and strided views, in module and jitted code
import numpy as np
from numba import njit

a = np.arange(6.0).reshape(2, 3)
print(a.flat[4], a.T.flat[1], a.flat[-1], a[:, ::2].flat[3])
print((a.flat[0], a.flat[5]))
a.flat[2] = 9
a.T.flat[1] = -1
a.flat[-2] = 40
print(a)
b = np.arange(8).reshape(2, 2, 2)
b[:, 1].flat[2] = 100
print(b, b.flat[7] + 1)
a.flat[:] = 0.5
print(a)
i = np.zeros(4, dtype=np.int32)
i.flat[1] = 7
i.flat[:] = 3
i.flat[2] = 2.0
print(i, i.flat[1] * 2)
try:
    print(a.flat[6])
except IndexError as e:
    print("IndexError:", e)
try:
    a.flat[-7] = 1.0
except IndexError as e:
    print("IndexError:", e)


@njit
def total(x):
    x.flat[1] = 7.0
    s = 0.0
    for k in range(x.size):
        s += x.flat[k] * (k + 1)
    return s, x.flat[x.size - 1]


c = np.arange(6.0).reshape(2, 3)
print(total(c), total(c.T), c)
