# compile error
import numpy as np
print(np.zeros(3).flags)
