# compile error
import numpy as np
b = np.zeros((3, 3))
b[np.array([0, 2]), :] = 1.0
