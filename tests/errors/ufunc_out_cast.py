# compile error
import numpy as np
c = np.zeros(3, dtype=np.int64)
np.sqrt(np.arange(3.0), out=c)
