# reading past the end of a 1-D array
import numpy as np

a = np.zeros(3)
a[0] = 1.0
print(a[0])
print(a[5])
