# Elementwise arithmetic, in-place updates and comparisons.
import numpy as np

a = np.array([1.0, 2.0, 3.0, 4.0])
b = np.array([0.5, 0.25, 2.0, -1.0])
print(a + b, a - b, a * b, a / b)
print(a * 2, a * 2.5, 2 * a, 10 - a, 1 / a, a / 2, a ** 2, a // 3, a % 3)
print(-a, a + 1, a - 0.5, 2 ** a)
i = np.array([1, 2, 3, 4])
j = np.array([4, 3, 2, 1])
print(i + j, i - j, i * j, i // j, i % j, i / j, i ** 2)
print(i * 2, i + 0.5, -i, i * 1.5, i // 2, 7 - i, i % 3)
print(i & 1, i | 8, i ^ 2, i << 1, i >> 1)
print(a + i, i * a)
c = np.zeros(4)
c += 1
print(c)
c *= 3.0
c -= a
c /= 2
print(c)
k = np.arange(5)
k += 1
k *= 2
k -= 3
print(k)
k += k
print(k)
print(a > 2, a <= 2, a == b, a != 2.0, i >= j, i < 3)
print(a > b, (a > 1.5) & (a < 3.5), (a < 1.5) | (a > 3.5), ~(a > 2))
m = np.arange(6.0).reshape(2, 3)
print(m * 2, m + m, m > 2)
print(m + np.array([10.0, 20.0, 30.0]))
print(m * np.array([[1.0], [-1.0]]))
u = np.array([200, 100], dtype=np.uint8)
print(u + u, (u + u).dtype)
i8 = np.array([100, -100], dtype=np.int8)
print(i8 + i8)
s = np.array([5, 6], dtype=np.int32)
s += 1
print(s, s.dtype)
f = np.array([1.5, 2.5], dtype=np.float32)
print(f + f, (f + f).dtype)
print(a.sum() > 5, (a > 1).sum(), np.sum(a > b))
