# adapted from numba/tests/test_record_dtype.py: set_a, set_b, set_c, make_setitem, set_record
import numpy as np

from numba import njit

recordtype = np.dtype([('a', np.float64), ('b', np.int16), ('c', np.complex64)])


@njit
def set_a(ary, i, v):
    ary[i].a = v


@njit
def set_b(ary, i, v):
    ary[i].b = v


@njit
def setitem_c(ary, i, v):
    ary[i]['c'] = v


@njit
def set_record(ary, i, j):
    ary[i] = ary[j]


ary = np.zeros(3, dtype=recordtype)
set_a(ary, 0, 3.1415)
set_b(ary, 1, 123)
set_b(ary, 2, 7.9)
setitem_c(ary, 2, 43j)
print(ary)
set_record(ary, 0, 2)
print(ary)
print(ary['a'], ary['b'])
