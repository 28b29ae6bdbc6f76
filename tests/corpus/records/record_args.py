# adapted from numba/tests/test_record_dtype.py: get_record_a, get_record_rev_b, get_two_records_a, record_return
import numpy as np

from numba import njit

recordtype = np.dtype([('a', np.float64), ('b', np.int16), ('c', np.complex64)])


@njit
def get_record_a(rec, val):
    x = rec.a
    rec.a = val
    return x


@njit
def get_record_rev_b(val, rec):
    x = rec.b
    rec.b = val
    return x


@njit
def get_two_records_a(rec1, rec2):
    return rec1.a + rec2.a


@njit
def record_return(ary, i):
    return ary[i]


ary = np.zeros(3, dtype=recordtype)
ary['a'] = [0.5, 1.0, 1.5]
ary['b'] = [1, 2, 3]
rec = ary[0]
print(get_record_a(rec, 1.23), rec['a'], ary[0]['a'])
print(get_record_rev_b(12345, ary[1]), ary[1]['b'])
print(get_two_records_a(ary[0], ary[2]))
r = record_return(ary, 2)
print(r)
r['a'] = 0.0
print(ary[2], r)
