# indexing a row taken from a 2-D array
import numpy as np

m = np.ones((3, 2))
row = m[2]
print(row[1])
print(row[2])
