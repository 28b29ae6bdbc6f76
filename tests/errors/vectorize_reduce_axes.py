# compile error
# a reduction over every axis of a ufunc declared without identity (Numba raises ValueError)
import numpy as np
from numba import vectorize, float64


@vectorize([float64(float64, float64)])
def mx(x, y):
    return x if x > y else y


print(mx.reduce(np.ones((2, 2)), axis=None))
