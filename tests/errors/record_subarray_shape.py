# compile error
# a sub-array field's shape must be known when the dtype is made
import numpy as np
import sys

n = len(sys.argv)
rec = np.dtype([("id", np.int32), ("v", np.float64, (n, 0))])
