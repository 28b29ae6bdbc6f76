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


r = np.rec.array([(1, 1.5), (2, 0.5), (3, 4.25)], dtype=dt)
print(r)
print(best(r), r.id, r.score)
q = np.rec.array([(1.0, 2), (3.5, 4)], dtype=[('x', 'f8'), ('n', 'i4')])
print(q, q.dtype.names)
q.x = q.x * 2
print(q.x.sum(), q['n'])
