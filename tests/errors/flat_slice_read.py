# compile error
# a.flat sliced (numpy gives a copy) is not supported
import numpy as np

a = np.arange(6.0).reshape(2, 3)
print(a.flat[1:4])
