# compile error
import numpy as np
a = np.zeros((2, 3), order='F')
