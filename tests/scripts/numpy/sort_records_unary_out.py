import numpy as np
dt = np.dtype([('name_id', np.int32), ('age', np.float32), ('h', np.float64)])
a = np.array([(3, 25.5, 1.7), (1, 30.0, 1.6), (2, 25.5, 1.5), (5, np.nan, 1.0)], dtype=dt)
print(np.sort(a, order='age'))
print(np.sort(a, order=['age', 'h']))
print(np.sort(a))
b = np.zeros(3)
np.abs(np.array([-1.0, 2.0, -3.0]), out=b)
print(b)
np.negative(np.array([1.0, 2.0, 3.0]), out=b)
print(b)
print(np.sqrt(np.array([4.0, 9.0])))
i = np.zeros(3, dtype=np.int64)
np.abs(np.array([-1, 2, -3]), i)
print(i)
np.square(np.array([1.5, 2.0, 3.0]), out=b)
print(b)
np.invert(np.array([1, 2, 3]), out=i)
print(i)
print(np.abs(np.array([-1.5])), np.abs(-2), np.square(3))

from numba import njit


@njit
def neg_into(x, out):
    np.negative(x, out)
    np.abs(out, out)
    return out


print(neg_into(np.array([1.0, -2.0, 3.0]), np.zeros(3)))
