# compile error
# reduce of a lazily compiled ufunc before any call compiled a loop (Numba raises _UFuncNoLoopError)
import numpy as np
from numba import vectorize


@vectorize
def mx(x, y):
    return x if x > y else y


print(mx.reduce(np.ones(3)))
