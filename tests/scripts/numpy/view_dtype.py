# a.view(dtype): the same bytes as another dtype; a different item size
# rescales the last axis; writes go through.
import numpy as np
from numba import njit

a = np.array([1.0, -2.0, 0.5])
b = a.view(np.int64)
print(b, b.dtype)
c = np.arange(4, dtype=np.int32).view(np.int64)
print(c, c.shape)
d = np.arange(2, dtype=np.int64).view(np.int32)
print(d)
d[1] = 7
print(np.arange(2, dtype=np.int64), d)
m = np.zeros((2, 2)).view(np.uint8)
print(m.shape)


@njit
def bits(x):
    v = x.view(np.uint64)
    return v[0]


print(bits(np.array([1.0])))
