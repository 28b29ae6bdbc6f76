# sum/min/max/mean as methods and as np. functions.
import numpy as np

a = np.array([3.5, -1.25, 8.0, 0.5, 2.25])
print(a.sum(), a.min(), a.max(), a.mean())
print(np.sum(a), np.min(a), np.max(a), np.mean(a))
i = np.array([4, 9, -2, 7, 1, 0])
print(i.sum(), i.min(), i.max(), i.mean())
print(np.sum(i), np.min(i), np.max(i), np.mean(i))
m = np.arange(12).reshape(3, 4)
print(m.sum(), m.min(), m.max(), m.mean())
print(np.sum(m), np.mean(m))
t = np.arange(24.0).reshape(2, 3, 4)
print(t.sum(), t.max(), t.mean())
r = np.arange(10) * 0.1
print(r.sum(), np.sum(r), r.mean())
s = 0.0
for k in range(r.shape[0]):
    s += r[k]
print(s)
big = np.arange(1000) * 0.001
print(big.sum(), big.mean())
# numpy sums float arrays pairwise (8 partial sums), not left to right
third = np.ones(30) / 3.0
print(third.sum(), np.sum(third), third.mean())
seq = 0.0
for k in range(30):
    seq += third[k]
print(seq)
hundredths = np.arange(100) * 0.01
print(hundredths.sum(), hundredths.mean())
b = np.array([True, False, True, True])
print(b.sum(), np.sum(b))
i32 = np.array([100, 200, 300], dtype=np.int32)
print(i32.sum(), i32.min(), i32.mean())
f32 = np.array([0.5, 0.25, 1.75], dtype=np.float32)
print(f32.sum(), f32.max(), f32.min())
print(np.sum(np.array([1e16, 1.0, -1e16])))
