# an aligned record dtype with every field kind (ints, floats, bytes, str,
# sub-arrays, complex64/128, bool, nested records and arrays of them):
# offsets, printing of arrays and records, str columns stored into a bytes
# field (encoded as ASCII, as numpy does), and fields written in jitted code
import numpy as np
from numba import njit

inner = np.dtype([('a', 'i1'), ('b', '<f8')], align=True)
dt = np.dtype([('id', np.int64), ('score', np.float32), ('s', 'S3'), ('u', 'U2'),
               ('v', np.float64, (2, 3)), ('c', np.complex64), ('z', np.complex128),
               ('b', np.bool_), ('n', inner), ('m', inner, (2,))], align=True)
a = np.zeros(2, dtype=dt)
a['id'] = [1, 2]
a['score'] = [0.5, 1.25]
a['s'] = ['ab', 'xyz']
a['u'] = ['q', 'rs']
print(a)
print(a[1])
print(dt)
print(dt.itemsize, [dt.fields[n][1] for n in dt.names])


@njit
def fill(a):
    a[0]['c'] = 1.5 + 2j
    a[1]['z'] = a[0]['c'] * 3
    a[0]['n']['a'] = 7
    a[1]['m'][1]['b'] = 2.5
    a[0]['v'][1, 2] = 9.0
    a[1]['b'] = True
    return a[1]['m'][1]['b'], a[0]['n']['a'], a[1]['z']


print(fill(a))
print(a)
print(a[0]['n'], a[1]['m'])
