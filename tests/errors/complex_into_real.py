# compile error
import numpy as np
x = np.zeros(3)
x += 1j
