# adapted from numba/tests/test_record_dtype.py: get_charseq, set_charseq, get_charseq_tuple
import numpy as np

from numba import njit

recordwithcharseq = np.dtype([('m', np.int32), ('n', 'S5')])


@njit
def get_charseq(ary, i):
    return ary[i].n


@njit
def set_charseq(ary, i, cs):
    ary[i].n = cs


@njit
def get_charseq_tuple(ary, i):
    return ary[i].m, ary[i].n


a = np.zeros(3, dtype=recordwithcharseq)
a['m'] = [1, 2, 3]
a['n'] = [b'ab', b'cdefg', b'']
print([get_charseq(a, i) for i in range(3)])
set_charseq(a, 2, b'xyz')
print(a)
print(get_charseq_tuple(a, 1))
