# adapted from numba/tests/test_record_dtype.py: dtypes built from a list in a variable, align=True, names/fields/itemsize, np.empty of a record dtype in jitted code
import numpy as np

from numba import njit

fields = [('flag', np.bool_), ('count', np.int32), ('value', np.float64)]
packed = np.dtype(fields)
aligned = np.dtype(fields, align=True)
print(packed.names, packed.itemsize, aligned.itemsize)
print([(n, aligned.fields[n][1]) for n in aligned.names])


@njit
def make(n):
    a = np.empty(n, dtype=aligned)
    for i in range(n):
        a[i].flag = i % 2 == 0
        a[i].count = i * 10
        a[i].value = i / 4
    return a


r = make(4)
print(r)
print(r['count'].sum(), r[r['flag']]['value'])
print(np.sort(r, order='value')[::-1]['count'])
