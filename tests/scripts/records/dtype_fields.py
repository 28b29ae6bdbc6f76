# dtype.fields (printed as numpy's mappingproxy prints, entries read as
# fields[name][0] and [1]), isalignedstruct, and dtypes built from a field
# list held in a variable
import numpy as np
from numba import njit

dt = np.dtype([('id', np.int64), ('score', np.float32), ('s', 'S3'), ('u', 'U2'),
               ('v', np.float64, (2, 3)), ('c', np.complex64), ('b', np.bool_)])
print(dt.fields)
print(dt.fields['score'][1], dt.fields['v'][1], dt.fields['id'][0])
for n in dt.names:
    print(n, dt.fields[n][1])
print([(n, dt.fields[n][1]) for n in dt.names if n != 'b'])

fl = [('x', np.float64), ('s', 'S3'), ('v', 'f4', (2,))]
packed = np.dtype(fl)
aligned = np.dtype(fl, align=True)
print(packed, packed.itemsize, aligned.itemsize, aligned.isalignedstruct, packed.isalignedstruct)
print(aligned.fields)
print(np.zeros(2, dtype=fl))

types_only = [('flag', np.bool_), ('count', np.int32), ('value', np.float64)]
t = np.dtype(types_only, align=True)
print(t.names, t.itemsize, [(n, t.fields[n][1]) for n in t.names])

inner = np.dtype([('a', 'i1'), ('b', '<f8')], align=True)
outer = np.dtype([('x', inner), ('y', 'i1')])
print(outer.fields)
print(outer.fields['x'][0].itemsize, outer.fields['y'][1])


@njit
def total(a):
    s = 0.0
    for i in range(a.size):
        s += a[i]['count'] * a[i]['value']
    return s


r = np.zeros(3, dtype=t)
r['count'] = [1, 2, 3]
r['value'] = [0.5, 1.5, 2.5]
print(total(r))

# dtype.descr: numpy's type strings, padding as void fields
wide = np.dtype([('id', np.int64), ('u8', np.uint8), ('s', 'S3'), ('u', 'U2'), ('v', np.float64, (2, 3)),
                 ('c', np.complex64), ('b', np.bool_), ('n', inner), ('m', inner, (2,)), ('x', np.uint32)],
                align=True)
print(wide.descr)
print(np.dtype([('a', 'f8'), ('b', 'i1')], align=True).descr, packed.descr)
