# compile error
import numpy as np
np.random.seed()
