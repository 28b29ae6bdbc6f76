# Indexing 1-D, 2-D and 3-D arrays: reads and writes, negative indices.
import numpy as np

a = np.arange(10)
print(a[0], a[3], a[9], a[-1], a[-10])
a[0] = 100
a[-1] = -100
a[4] += 5
a[5] *= 3
print(a)
m = np.zeros((3, 4))
for i in range(3):
    for j in range(4):
        m[i, j] = i * 10 + j
print(m)
print(m[0, 0], m[2, 3], m[-1, -1], m[1, -2], m[-3, 0])
m[1, 1] = -1.5
m[-1, 0] = 99.0
print(m[1], m[-1])
print(m[2][1], m[1][1])
m[0][3] = 0.25
print(m[0])
t = np.zeros((2, 3, 4), dtype=np.int64)
for i in range(2):
    for j in range(3):
        for k in range(4):
            t[i, j, k] = i * 100 + j * 10 + k
print(t)
print(t[1, 2, 3], t[0, 1, 2], t[-1, -1, -1], t[-2, 0, -4])
t[1, 1, 1] = -7
print(t[1, 1], t[1][1][1])
print(t[0])
b = np.array([[1, 2], [3, 4]], dtype=np.int32)
b[0, 1] = b[1, 0] * 10
print(b)
i = 2
j = 1
print(m[i, j], m[i - 1, j + 1], t[i - 1, j, j])
s = 0
for k in range(-1, -11, -1):
    s += a[k]
print(s)
c = np.ones(5)
c[2] = c[1] + c[3] * 2
print(c)
