# compile error
import numpy as np
from numba import vectorize


@vectorize(['int32(int32)'])
def f(x):
    return x + 1


print(f(np.arange(3)))
