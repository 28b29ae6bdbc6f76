# .view(np.recarray): attribute access on records of a plain dtype.
import numpy as np

dt = np.dtype([('x', np.float64), ('y', np.float64), ('n', np.int64)])
a = np.zeros(3, dtype=dt)
r = a.view(np.recarray)
print(r.shape, len(r))
r[0].x = 1.0
r[0].y = 2.0
r[0].n = 3
r[1].x = -0.5
r[2].n = 42
print(r)
print(a)
print(r[0].x, r[0].y, r[0].n, r[2].n)
print(r[0], r[1])
print(a[0]['x'], a[2]['n'])
b = np.array([(1.0, 1.5, 1), (2.0, 2.5, 2)], dtype=dt).view(np.recarray)
total = 0.0
for i in range(b.shape[0]):
    total += b[i].x * b[i].y + b[i].n
print(total)
b[1].y = 10.0
print(b)
print(r.x, r.n)
print(b.x.sum(), b.n.max())
