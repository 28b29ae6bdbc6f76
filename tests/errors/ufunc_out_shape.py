# the output array must have the result's shape
import numpy as np
o = np.zeros(2)
np.add(np.arange(3.0), 1.0, o)
