# compile error
import numpy as np
a = np.zeros(3)
print([a.dtype])
