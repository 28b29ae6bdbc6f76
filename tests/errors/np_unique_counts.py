# compile error
import numpy as np
a = np.array([1.0, 2.0, 2.0])
u, c = np.unique(a, return_counts=True)
print(u, c)
