# compile error
import numpy as np

a = np.zeros(3, 'S4')
a[:] = 5
