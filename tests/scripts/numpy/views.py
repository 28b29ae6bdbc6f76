# Slicing makes views: writing through a view modifies the original.
import numpy as np

a = np.arange(10.0)
v = a[2:5]
print(v, v.shape)
v[0] = -1.0
v[2] = -3.0
print(a)
w = a[::2]
w[1] = 100.0
print(w, a)
r = a[::-1]
print(r)
r[0] = 55.0
print(a[-1])
print(a[:3], a[7:], a[-3:], a[1:8:3], a[8:1:-2], a[5:2])
m = np.arange(12).reshape(3, 4)
print(m[1], m[:, 2], m[1:, 1:3], m[::2, ::3])
row = m[1]
row[0] = -10
col = m[:, 3]
col[2] = 300
print(m)
sub = m[0:2, 1:3]
sub[1, 1] = 77
print(sub)
print(m)
c = a.copy()
c[0] = 1000.0
print(a[0], c[0])
b = a[1:9]
bb = b[1:4]
bb[0] = 12.5
print(a)
t = np.zeros((2, 3, 4))
t[1, 2] = 5.0
t[0, :, 1] = 2.0
print(t)
p = t[1]
p[0, 0] = -1.0
print(t[1, 0, 0], p.shape, t[:, 1].shape, t[1, :, 2:].shape)
z = np.zeros(6)
z[1:4] = 9.0
z[4:] = np.array([1.5, 2.5])
print(z)
q = np.arange(5)
q[:] = 3
print(q)
