# The seed's record-array example at scale: hypot over n (x, y) records,
# REPEAT times, summing each result so that every element is used.
import sys

import numpy as np
from numba import jit

REPEAT = 100

# The seed spells this struct([('x', double), ('y', double)]).get_dtype(),
# which current Numba no longer has; this is the same C-laid-out dtype.
record_dtype = np.dtype([("x", np.float64), ("y", np.float64)], align=True)


@jit
def fill(data):
    for i in range(data.shape[0]):
        data[i].x = i % 1000 * 0.25
        data[i].y = i % 997 * 0.5


@jit
def hypot(data):
    # return types of numpy functions are inferred
    result = np.empty_like(data, dtype=np.float64)
    # notice access to structure elements 'x' and 'y' via attribute access
    for i in range(data.shape[0]):
        result[i] = np.sqrt(data[i].x * data[i].x + data[i].y * data[i].y)
    return result


@jit
def total(a):
    # Left to right, as C and Lua sum (numpy's sum is pairwise).
    t = 0.0
    for i in range(a.shape[0]):
        t += a[i]
    return t


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
data = np.empty(n, dtype=record_dtype).view(np.recarray)
fill(data)
checksum = 0.0
for _ in range(REPEAT):
    checksum += total(hypot(data))
print(f"{checksum:.6f}")
