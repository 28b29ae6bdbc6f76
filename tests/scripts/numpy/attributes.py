# .shape .size .ndim len() .copy() .T and reshape.
import numpy as np

a = np.arange(12)
print(a.shape, a.size, a.ndim, len(a))
m = a.reshape(3, 4)
print(m.shape, m.size, m.ndim, len(m), m.shape[0], m.shape[1])
t = a.reshape((2, 3, 2))
print(t.shape, t.size, t.ndim, len(t))
print(t)
print(m.T, m.T.shape)
print(m.reshape(2, 6))
print(m.reshape(12), m.reshape(-1, 2).shape, m.reshape(4, -1).shape)
m[0, 0] = 42
print(a[0])
c = m.copy()
c[1, 1] = -1
print(m[1, 1], c[1, 1])
nrows, ncols = m.shape
print(nrows, ncols)
total = 0
for i in range(m.shape[0]):
    for j in range(m.shape[1]):
        total += m[i, j]
print(total)
v = np.zeros((5, 0))
print(v.shape, v.size, len(v))
s = np.array([7.0])
print(s.shape, s.ndim, s.size, s)
x = np.ones((4, 2)).T
print(x.shape, x)
print(np.arange(6).reshape(2, 3).T.copy())
print(m.flatten(), t.ravel().shape)
print(a.itemsize, m.dtype, m.T.dtype, a.nbytes)
for row in m:
    print(row, row.sum())
