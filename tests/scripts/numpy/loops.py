# Loops over arrays: running sums, a stencil, a histogram, a 2-D sweep.
import numpy as np

n = 200
a = np.empty(n)
for i in range(n):
    a[i] = (i % 7) * 0.5 - 1.0
s = 0.0
for i in range(n):
    s += a[i]
print(s, a.sum())
b = np.zeros(n)
for i in range(1, n - 1):
    b[i] = (a[i - 1] + a[i] + a[i + 1]) / 3.0
print(b[:8])
print(b[-8:])
hist = np.zeros(7, dtype=np.int64)
for i in range(n):
    k = int((a[i] + 1.0) * 2.0)
    hist[k] += 1
print(hist, hist.sum())
g = np.zeros((20, 20))
for i in range(20):
    for j in range(20):
        g[i, j] = (i - 10) * (i - 10) + (j - 10) * (j - 10)
for it in range(5):
    for i in range(1, 19):
        for j in range(1, 19):
            g[i, j] = 0.25 * (g[i - 1, j] + g[i + 1, j] + g[i, j - 1] + g[i, j + 1])
print(g[10, 10], g[1, 1], g[5, 15])
print(g[9:12, 9:12])
count = 0
for i in range(n):
    if a[i] > 0.0:
        count += 1
print(count)
imax = 0
for i in range(n):
    if a[i] > a[imax]:
        imax = i
print(imax, a[imax])
c = np.arange(10, dtype=np.int32)
prod = 1
for v in c[1:]:
    prod *= v
print(prod)
tot = 0.0
for v in np.linspace(0.0, 1.0, 11):
    tot += v * v
print(tot)
