# Layout of 2-D and 3-D arrays, empty arrays and long rows (line wrapping
# at 75 characters, summarizing with ... beyond 1000 elements).
import numpy as np

print(np.arange(6).reshape(2, 3))
print(np.arange(6.0).reshape(3, 2) / 4)
print(np.arange(24).reshape(2, 3, 4))
print(np.arange(8.0).reshape(2, 2, 2) - 3.5)
print(np.zeros((1, 1)))
print(np.zeros((1, 3)), np.zeros((3, 1)))
print(np.zeros((1, 1, 1), dtype=np.int64))
print(np.zeros((3, 1, 2)))
print(np.zeros(0), np.zeros(0, dtype=np.int64), np.zeros((0, 3)).shape)
print(np.zeros((2, 0)))
print(np.arange(30))
print(np.arange(40))
print(np.arange(100))
print(np.arange(30) * 0.5)
print(np.arange(15) * 0.1)
print(np.linspace(0.0, 1.0, 12))
print(np.arange(30) % 2 == 0)
print(np.arange(60).reshape(2, 30))
print(np.arange(40.0).reshape(2, 20) / 3)
print(np.arange(2000))
print(np.arange(1001) * 0.5)
print(np.arange(1000))
big = np.zeros((100, 20))
big[0, 0] = 1.0
big[99, 19] = 2.5
print(big)
print(np.arange(3000).reshape(3, 10, 100))
print(np.arange(12, dtype=np.int8).reshape(2, 2, 3))
