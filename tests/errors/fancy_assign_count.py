# a masked assignment needs one value per true entry
import numpy as np
a = np.arange(5.0)
a[a > 2.0] = np.array([1.0, 2.0, 3.0])
