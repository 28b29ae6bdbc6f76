# adapted from numba/tests/test_record_dtype.py and numpy recarray usage: np.rec.array, .view(np.recarray), dtype.names/fields/itemsize
import numpy as np

from numba import njit

dt = np.dtype([('id', np.int64), ('score', np.float32)])


@njit
def best(r):
    j = 0
    for i in range(r.size):
        if r.score[i] > r.score[j]:
            j = i
    return r.id[j], r.score[j]


a = np.zeros(3, dtype=dt)
a['id'] = [7, 8, 9]
a['score'] = [0.5, 2.25, 1.0]
r = a.view(np.recarray)
print(best(r))
r2 = np.rec.array([(1, 1.5), (2, 0.5)], dtype=dt)
print(best(r2))
print(dt.names, dt.itemsize, dt.fields['score'][1])
print(r2)
