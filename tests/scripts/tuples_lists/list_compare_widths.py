# Lists of integers of different widths compare by value; an array's ndim
# picks a conditional's branch statically.
import numpy as np
from numba import njit


@njit
def narrow_list(a):
    out = []
    for v in a:
        out.append(v)
    return out


a32 = np.array([1, 2, 3], dtype=np.int32)
a64 = np.array([1, 2, 3], dtype=np.int64)
print(narrow_list(a32) == narrow_list(a64), narrow_list(a32) != [1, 2, 3])
print(narrow_list(a32) < narrow_list(np.array([1, 2, 4])))
print(narrow_list(np.array([7], dtype=np.uint8)) == [7])
for r in (np.arange(6.0).reshape(2, 3), np.arange(3.0)):
    print(r.shape, r.tolist() if r.ndim > 1 else r)
