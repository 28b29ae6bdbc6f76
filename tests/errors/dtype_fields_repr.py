# compile error
import numpy as np
dt = np.dtype([('a', np.float64), ('b', np.int16)])
print(repr(dt.fields))
