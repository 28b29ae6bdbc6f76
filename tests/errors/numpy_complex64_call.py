# compile error
import numpy as np

x = np.complex64(1 + 2j)
print(x)
