# compile error
import numpy as np
from numba import vectorize


@vectorize(['int64(int64, int64)'])
def add(x, y):
    return x + y


print(add.outer(np.arange(4), np.arange(2)))
