# compile error
# a tuple assigned to a record element must give every field
import numpy as np

point = np.dtype([("x", np.float64), ("y", np.int32)])
a = np.zeros(2, dtype=point)
a[0] = (1.0, 2, 3)
