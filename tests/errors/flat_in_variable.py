# compile error
import numpy as np
f = np.arange(4).flat
for v in f:
    print(v)
