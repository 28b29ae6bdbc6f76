# a larger dtype must divide the last axis' bytes
import numpy as np
a = np.arange(3, dtype=np.int32)
b = a.view(np.int64)
