# compile error
import numpy as np
f = np.finfo(np.float64)
print(f.eps)
