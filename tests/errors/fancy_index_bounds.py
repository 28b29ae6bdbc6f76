# an index array's entries must be in bounds
import numpy as np
a = np.arange(4)
a[np.array([1, 4])] = 0
