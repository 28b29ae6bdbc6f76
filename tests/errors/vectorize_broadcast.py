# a vectorize ufunc applied to arrays of incompatible shapes
import numpy as np
from numba import vectorize


@vectorize(['float64(float64, float64)'])
def f(x, y):
    return x - y


print(f(np.ones(2), 1.0))
print(f(np.ones(3), np.ones(4)))
