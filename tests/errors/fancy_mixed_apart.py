# compile error
import numpy as np
c = np.zeros((2, 3, 4))
print(c[0, :, np.array([1, 2])])
