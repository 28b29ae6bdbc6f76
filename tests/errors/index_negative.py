# a negative index below -size
import numpy as np

a = np.arange(3)
print(a[-1], a[-3])
k = -4
print(a[k])
