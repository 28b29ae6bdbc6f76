# a boolean mask must match the array's shape
import numpy as np
a = np.arange(4)
m = np.array([True, False, True])
print(a[m])
