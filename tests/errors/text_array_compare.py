# compile error
import numpy as np

a = np.array([b'ab', b'cde'])
print(a == 'ab')
