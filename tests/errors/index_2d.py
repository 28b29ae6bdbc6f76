# the second index of a 2-D array is out of bounds
import numpy as np

m = np.zeros((2, 3))
for i in range(2):
    for j in range(3):
        m[i, j] = i + j
print(m[1, 2])
print(m[1, 3])
