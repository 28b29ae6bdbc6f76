# compile error
import numpy as np
from numba import njit


@njit
def f(rec, flag):
    k = 'a'
    if flag:
        k = 'b'
    return rec[k]


arr = np.zeros(1, dtype=[('a', 'f8'), ('b', 'f8')])
print(f(arr[0], True))
