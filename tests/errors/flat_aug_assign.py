# compile error
# an augmented assignment through a.flat[k]
import numpy as np

a = np.zeros(4)
a.flat[1] += 2.0
print(a)
