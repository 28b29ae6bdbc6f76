# adapted from numba/tests/test_record_dtype.py: record_write_array, record_write_2d_array, record_read_array0, record_read_whole_array
import numpy as np

from numba import njit

recordwitharray = np.dtype([('g', np.int32), ('h', np.float32, 2)])
recordwith2darray = np.dtype([('i', np.int32), ('j', np.float32, (3, 2))])


@njit
def record_write_array(ary):
    ary.g = 2
    ary.h[0] = 3.0
    ary.h[1] = 4.0


@njit
def record_write_2d_array(ary):
    ary.i = 3
    ary.j[0, 0] = 5.0
    ary.j[0, 1] = 6.0
    ary.j[1, 0] = 7.0
    ary.j[1, 1] = 8.0
    ary.j[2, 0] = 9.0
    ary.j[2, 1] = 10.0


@njit
def record_read_whole_array(ary):
    return ary.h.sum() + ary.g


a = np.zeros(2, dtype=recordwitharray)
record_write_array(a[1])
print(a)
print(record_read_whole_array(a[1]))
b = np.zeros(1, dtype=recordwith2darray)
record_write_2d_array(b[0])
print(b)
print(b[0]['j'].sum())
