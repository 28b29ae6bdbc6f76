# compile error
import numpy as np

a = np.zeros(3, 'U4')
b = a.copy()
