# np.random.seed outside [0, 2**32) is numpy's ValueError
import numpy as np
np.random.seed(1)
np.random.seed(-3)
print('not reached')
