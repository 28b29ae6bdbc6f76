import numpy as np
from numba import njit

rt = np.dtype([('m', np.int32), ('n', 'S5'), ('d', '<U3'), ('e', (np.str_, 4)), ('f', (np.bytes_, 2))])


@njit
def get(a, i):
    print(a[i]['n'], a[i]['d'], a[i]['e'], a[i]['f'])


@njit
def put(a, i, n, d):
    a[i]['n'] = n
    a[i]['d'] = d
    a[i]['e'] = d + d
    a[i]['f'] = n


@njit
def use(a, i):
    n = a[i]['n']
    d = a[i]['d']
    print(n, d, len(n), len(d))
    return n == b'ab', d + '!', str(a[i]['m']) + d


a = np.zeros(3, dtype=rt)
a[0]['m'] = 7
a[0]['n'] = b'ab'
a[0]['d'] = 'q'
a[1]['d'] = 'longer than three'
a[1]['n'] = b'x\x00y'
print(a)
print(a[0])
get(a, 0)
get(a, 2)
put(a, 2, b'abcdefgh', 'wxyz')
get(a, 2)
print(use(a, 0))
print(use(a, 1))
print(a)
print(rt, rt.itemsize)
b = np.zeros(2, dtype=np.dtype([('s', '|S3'), ('x', np.float64)], align=True))
b[1]['s'] = b'hi'
b[1]['x'] = 2.5
print(b, b.dtype, b.dtype.itemsize)
