# compile error
import numpy as np
a = np.arange(5.0)
print(a[np.array([1.0, 2.0])])
