# ravel gives a view of a contiguous array (writes reach the array) and a
# copy otherwise; flatten always copies
import numpy as np
from numba import njit

a = np.arange(6.0).reshape(2, 3)
r = a.ravel()
r[0] = 50.0
r2 = np.ravel(a)
r2[1] = 60.0
f = a.flatten()
f[2] = 70.0
print(a)
s = a[:, ::2].ravel()
s[0] = -5.0
t = a.T.ravel()
t[1] = -6.0
print(a, s, t)
c = np.asfortranarray(a)
rf = c.ravel('F')
rf[0] = -1.0
rc = c.ravel()
rc[1] = -2.0
print(c, rf, rc)


@njit
def through(x):
    r = x.ravel()
    r[0] = 9.0
    q = np.ravel(x)
    q[1] = 8.0
    f = x.flatten()
    f[2] = 7.0
    return x, f


print(through(np.zeros((2, 2))))
