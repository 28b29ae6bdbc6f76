import numpy as np
from numba import njit

rt = np.dtype([('a', np.float64), ('b', np.int16), ('c', np.complex64), ('z', 'c16')])


@njit
def get(a, i):
    return a[i]['c'], a[i]['z']


@njit
def put(a, i, c, z):
    a[i]['c'] = c
    a[i]['z'] = z


@njit
def show(a, i):
    c = a[i]['c']
    z = a[i]['z']
    print(c, z, z.real, z.imag, abs(z))
    return z * 2 + 1


a = np.zeros(3, dtype=rt)
a[0]['a'] = 1.5
a[0]['c'] = 0.1 + 0.2j
a[1]['z'] = 3 - 4j
a[2]['c'] = 43j
a[2]['b'] = 7
print(a)
print(a[0], a[1])
print(get(a, 0), get(a, 1))
put(a, 1, 1.5 + 2j, 7)
put(a, 2, 2, -1.25j)
print(get(a, 1), get(a, 2))
print(show(a, 1))
print(a)
print(rt, rt.itemsize)
