# compile error
import numpy as np
t = (1, 2, 3)
np.random.shuffle(t)
