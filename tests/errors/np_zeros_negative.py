# np.zeros with a negative size
import numpy as np

n = 3
print(np.zeros(n))
n = n - 4
a = np.zeros(n)
