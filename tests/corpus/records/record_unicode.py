# adapted from numba/tests/test_record_dtype.py: recordtype with a ('d', (np.str_, 5)) field
import numpy as np

from numba import njit

recordtype = np.dtype([('a', np.float64), ('d', (np.str_, 5))])


@njit
def get_d(ary, i):
    return ary[i].d


@njit
def describe(ary):
    out = []
    for i in range(ary.size):
        out.append(str(ary[i].d) + "=" + str(int(ary[i].a)))
    return out


ary = np.zeros(3, dtype=recordtype)
for i in range(3):
    ary[i]['a'] = i + 1
    ary[i]['d'] = "%d" % (10 ** i)
print([get_d(ary, i) for i in range(3)])
print(describe(ary))
