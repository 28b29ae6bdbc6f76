# adapted from numba/tests/test_record_dtype.py: get_a, get_b, get_c, make_getitem, get_a_subarray, get_two_arrays_distinct
import numpy as np

from numba import njit

recordtype = np.dtype([('a', np.float64), ('b', np.int16), ('c', np.complex64)])
recordtype2 = np.dtype([('e', np.int32), ('f', np.float64)], align=True)


@njit
def get_a(ary, i):
    return ary[i].a


@njit
def get_b(ary, i):
    return ary[i].b


@njit
def getitem_c(ary, i):
    return ary[i]['c']


@njit
def get_a_subarray(ary, i):
    return ary.a[i]


@njit
def get_two_arrays_distinct(ary1, ary2, i):
    return ary1[i].a + ary2[i].f


ary = np.recarray(3, dtype=recordtype)
ary2 = np.recarray(3, dtype=recordtype2)
for i in range(ary.size):
    x = i + 1
    ary[i]['a'] = x / 2
    ary[i]['b'] = x
    ary[i]['c'] = x * 1j
    ary2[i]['e'] = x + 4
    ary2[i]['f'] = (x + 4) / 2
for i in range(3):
    print(get_a(ary, i), get_b(ary, i), getitem_c(ary, i), get_a_subarray(ary, i),
          get_two_arrays_distinct(ary, ary2, i))
