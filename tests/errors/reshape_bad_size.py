# reshape to a shape of the wrong size
import numpy as np

a = np.arange(6)
print(a.reshape(2, 3))
b = a.reshape(4, 2)
