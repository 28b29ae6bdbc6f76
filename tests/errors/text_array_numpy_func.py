# compile error
import numpy as np

a = np.array([b'ab', b'cde'])
print(np.concatenate((a, a)))
