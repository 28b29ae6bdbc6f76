# compile error
import numpy as np
from numba import vectorize


@vectorize(['int64(int64, int64)'])
def add(x, y):
    return x + y


print(add.reduce(np.arange(4)))
