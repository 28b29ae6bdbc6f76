# compile error
import numpy as np
a = np.zeros(3, dtype=np.float32)
print((a.dtype, 1))
