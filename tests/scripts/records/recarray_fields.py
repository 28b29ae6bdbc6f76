# np.recarray(n, dtype): a record array whose columns are attributes, set
# whole (filled by a scalar or copied from an array) and read in jitted code.
import numpy as np
from numba import njit

dt = np.dtype([("p", np.float64), ("row", np.int32), ("col", np.float32)])
r = np.recarray(4, dtype=dt)
r.p = np.arange(r.size) + 0.5
r.row = 7
r.col = np.linspace(0.0, 1.5, 4)
print(r)
print(r.p, r.row)


@njit
def shift(a, d):
    a.row = d
    a.p = a.p * 2.0
    return a.col.sum()


print(shift(r, -1), r)
view = np.zeros(2, dtype=dt).view(np.recarray)
view.col = 2.5
print(view)
