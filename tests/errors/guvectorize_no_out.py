# compile error
import numpy as np
from numba import guvectorize


@guvectorize('(n)->(n)')
def double(x, res):
    for i in range(x.shape[0]):
        res[i] = 2 * x[i]


print(double(np.arange(3)))
