# compile error
import numpy as np
from numba import vectorize


@vectorize
def f(x):
    return x / 2


out = np.zeros(3, dtype=np.int64)
f(np.arange(3.0), out=out)
