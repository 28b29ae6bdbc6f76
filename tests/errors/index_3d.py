# the first index of a 3-D array is out of bounds
import numpy as np

t = np.zeros((2, 3, 4), dtype=np.int64)
t[1, 2, 3] = 7
print(t[1, 2, 3])
i = 2
print(t[i, 0, 0])
