import numpy as np
from numba import njit

# Plain byte-string and unicode arrays: made from lists (their dtype from
# the longest string, or given), zeroed, stored into, sliced and printed.
a = np.array([b'ab', b'cde'])
u = np.array(['x', 'yz'])
print(a, u)
print(repr(a), repr(u))
print(a.itemsize, u.itemsize, a.nbytes, a.shape, u.size, a.ndim, len(u))
z = np.zeros(3, 'S3')
print(z, repr(z))
z[0] = b'abcdef'
z[2] = b'q'
print(z, z[1:], z[::-1])
e = np.empty(2, dtype='U5')
e[0] = 'hello world'
e[1] = 'hi'
print(e, str(e))
print(np.array(['abc'] * 3, dtype='|S3'))
print(np.array(['a', 'bb', 'ccc', 'dddd'], dtype='U3'))
print(np.array(('p', 'qq')))
m = np.array([['a', 'b'], ['cc', 'd']])
print(m, m.shape)
print(repr(np.zeros((2, 0), 'S2')))
w = np.zeros(4, dtype='U2')
w[1:3] = 'hello'
print(w)
w[:] = ['a', 'b', 'c', 'd']
print(w)
w[:2] = np.array(['pq', 'rs'])
print(w)
z2 = np.zeros((2, 2), 'S2')
z2[1] = [b'ab', b'cd']
print(z2)
big = np.array(['word%d' % i for i in range(30)], dtype='U6')
print(big)
print(repr(big[:12]))


@njit
def get(a, i):
    x = a[i]
    print(x, len(x))
    return x


@njit
def put(a, i, v):
    a[i] = v


@njit
def count(a, v):
    n = 0
    for s in a:
        if s == v:
            n += 1
    for i, s in enumerate(a):
        print(i, s)
    return n


@njit
def zeros3():
    return np.zeros(3, 'S3')


print(get(a, 0), get(u, 1), get(a, -1))
put(a, 1, b'zzzzz')
put(u, 0, 'www')
print(a, u)
print(count(np.array([b'a', b'b', b'a']), b'a'))
print(count(u, 'yz'))
print(zeros3())

# A string field's column is a string array.
r = np.zeros(2, dtype=[('s', 'S3'), ('x', 'f8')])
print(r['s'])
r['s'] = np.array([b'abcd', b'e'])
print(r, r['s'][1:])
rr = np.recarray(2, dtype=[('s', 'U3'), ('x', 'f8')])
rr.s = ['a', 'b']
rr.x = np.array([1.5, 2.5])
print(rr.s, rr)
