# a list must fit the slice it is assigned to
import numpy as np
a = np.zeros(4)
a[:] = [1.0, 2.0, 3.0]
