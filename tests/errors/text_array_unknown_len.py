# compile error
import numpy as np

names = ['x', 'yz']
names.append('long')
print(np.array(names))
