# compile error
import numpy as np
print("%d" % np.arange(3))
