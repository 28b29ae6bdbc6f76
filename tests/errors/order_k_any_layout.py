# compile error
# order 'K' keeps the layout in memory, which rumba types only for C and F
import numpy as np

a = np.arange(12.0).reshape(3, 4)
print(a[:, ::2].copy(order='K'))
