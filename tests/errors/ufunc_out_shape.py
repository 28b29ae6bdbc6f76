import numpy as np
a = np.zeros(3)
b = np.ones((2, 3))
np.sqrt(b, out=a)
