# compile error
import numpy as np
print(np.percentile(np.ones((2, 2)), 50, axis=0))
