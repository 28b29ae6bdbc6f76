# compile error
import numpy as np
a = np.zeros((1, 1, 1, 1, 1, 1, 1, 1, 2))
