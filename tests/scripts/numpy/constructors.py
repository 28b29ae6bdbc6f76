# Array constructors.
import numpy as np

a = np.empty(5)
for i in range(5):
    a[i] = i * 1.5
print(a)
print(np.zeros(4), np.ones(3), np.full(3, 7.5), np.full(4, 2))
print(np.zeros(3, dtype=np.int64), np.ones(4, dtype=np.int32), np.zeros(2, np.float32))
print(np.zeros((2, 3)))
print(np.ones((2, 2, 2), dtype=np.int64))
print(np.full((2, 4), -1.0))
print(np.arange(6), np.arange(2, 7), np.arange(0, 20, 5), np.arange(10, 0, -3))
print(np.arange(0.0, 1.0, 0.25), np.arange(1.5, 4.0), np.arange(5.0))
print(np.arange(0, 1, 0.1))
print(np.arange(3, dtype=np.float64), np.arange(4, dtype=np.int32))
print(np.array([1, 2, 3]), np.array([1.5, 2.5]), np.array([1, 2.5, 3]))
print(np.array([[1, 2, 3], [4, 5, 6]]))
print(np.array([[1.0, 0.5], [0.25, 0.125]]))
print(np.array([[[1, 2], [3, 4]], [[5, 6], [7, 8]]]))
print(np.array([1, 2, 3], dtype=np.float64), np.array([1.7, -2.7], dtype=np.int64))
print(np.array([True, False, True]))
print(np.linspace(0.0, 1.0, 5))
print(np.linspace(0, 10, 11))
print(np.linspace(-1.0, 1.0, 4))
print(np.linspace(0.0, 1.0, 7))
b = np.array([1.5, 2.5, 3.5])
print(np.empty_like(b).shape, np.zeros_like(b), np.ones_like(b))
print(np.zeros_like(b, dtype=np.int64), np.ones_like(b, dtype=np.int32))
e = np.empty_like(b, dtype=np.int64)
e[0] = 4
e[1] = 5
e[2] = 6
print(e, e.dtype)
c = np.array([[1, 2], [3, 4]])
print(np.zeros_like(c), np.ones_like(c, dtype=np.float64))
print(np.full_like(b, 9.0), np.full_like(c, 3))
z = np.zeros(0)
print(z, z.shape, z.size)
print(np.empty((2, 3)).shape, np.empty((2, 3), dtype=np.int32).dtype)
