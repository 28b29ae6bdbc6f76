# adapted from numba/tests/test_record_dtype.py: nested record dtypes (TestNestedArrays) and field access chains
import numpy as np

from numba import njit

point = np.dtype([('x', np.float64), ('y', np.float64)])
segment = np.dtype([('start', point), ('end', point), ('id', np.int32)])


@njit
def lengths(segs):
    out = np.empty(segs.size)
    for i in range(segs.size):
        s = segs[i]
        dx = s.end.x - s.start.x
        dy = s.end.y - s.start.y
        out[i] = (dx * dx + dy * dy) ** 0.5
    return out


@njit
def shift(segs, d):
    for i in range(segs.size):
        segs[i].start.x += d
        segs[i].end.x += d


segs = np.zeros(2, dtype=segment)
segs[0] = ((0.0, 0.0), (3.0, 4.0), 1)
segs[1] = ((1.0, 1.0), (2.0, 2.0), 2)
print(lengths(segs))
shift(segs, 10.0)
print(segs)
