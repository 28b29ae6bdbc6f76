# adapted from numba/tests/test_record_dtype.py: test_from_dtype, Record.offset/typeof of every field kind, as_dtype round trip
import numpy as np

from numba import njit
from numba.np import numpy_support

dt = np.dtype([('x', np.float64), ('n', np.int8), ('c', np.complex64), ('z', np.complex128),
               ('s', 'S4'), ('u', 'U3'), ('v', np.float32, (2,))])
rec = numpy_support.from_dtype(dt)
print(rec)
print(rec.size, rec.dtype.itemsize, rec.dtype == dt)
print(rec.typeof('x'), rec.typeof('n'), rec.typeof('c'), rec.typeof('z'), rec.typeof('s'), rec.typeof('u'))
for name in dt.names:
    print(name, rec.offset(name), dt.fields[name][1])
back = numpy_support.as_dtype(rec)
print(back.itemsize, back.names, back == dt)


@njit
def scale(a, k):
    for i in range(a.size):
        a[i].x = a[i].x * k
        a[i].n = a[i].n + 1
    return a['x'].sum()


a = np.zeros(3, dtype=back)
a['x'] = [1.0, 2.0, 3.5]
print(scale(a, 2.0), a['n'])
inner = np.dtype([('a', 'i1')])
print(numpy_support.from_dtype(np.dtype([('v', np.float64, (2, 3)), ('m', inner, (2,)), ('n', inner), ('b', np.bool_)])))
