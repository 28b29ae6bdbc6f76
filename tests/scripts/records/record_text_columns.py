import numpy as np
from numba import njit

dt = np.dtype([('m', np.int32), ('n', 'S4'), ('u', 'U3')])


@njit
def fill(a, s):
    for i in range(a.size):
        a[i]['n'] = s


a = np.zeros(3, dtype=dt)
a['m'] = [1, 2, 3]
a['n'] = [b'ab', b'cdefgh', b'']
a['u'] = ['x', 'yz', 'long']
print(a)
a['u'] = 'q'
print(a)
fill(a, b'zz')
print(a)
r = np.recarray(2, dtype=dt)
r.n = [b'hi', b'there']
r.u = 'abc'
print(r)
try:
    a['n'] = [b'a', b'b']
except ValueError as e:
    print('ValueError:', e)
