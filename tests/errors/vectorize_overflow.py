# a Python int out of the range of the uint8 loop numpy chose
import numpy as np
from numba import vectorize


@vectorize(['uint8(uint8, uint8)', 'int64(int64, int64)'])
def add(x, y):
    return x + y


print(add(np.arange(3, dtype=np.uint8), 7))
print(add(np.arange(3, dtype=np.uint8), 300))
