# compile error
import numpy as np
z = np.array([1j, 2j])
print(np.sort(z))
