# adapted from numba/tests/doc_examples/test_rec_array.py: ex_rec_arr_const_index, ex_rec_arr_lit_unroll_index
import numpy as np

from numba import njit, literal_unroll

arr = np.array([(1, 2)], dtype=[('a1', 'f8'), ('a2', 'f8')])
fields_gl = ('a1', 'a2')


@njit
def get_field_sum(rec):
    fields_lc = ('a1', 'a2')
    field_name1 = fields_lc[0]
    field_name2 = fields_gl[1]
    return rec[field_name1] + rec[field_name2]


@njit
def get_field_sum_unrolled(rec):
    out = 0
    for f in literal_unroll(fields_gl):
        out += rec[f]
    return out


print(get_field_sum(arr[0]))
print(get_field_sum_unrolled(arr[0]))
