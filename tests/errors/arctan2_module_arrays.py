# compile error
import numpy as np
print(np.arctan2(np.arange(3.0), 2.0))
