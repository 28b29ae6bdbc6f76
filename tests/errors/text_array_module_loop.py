# compile error
import numpy as np

u = np.array(['x', 'yz'])
for s in u:
    print(s)
