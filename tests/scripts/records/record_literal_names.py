import ctypes

import numpy as np
from numba import njit, literal_unroll

# Record field names held in variables that are compile-time constants:
# a local assigned once, an item of a constant tuple, a global tuple of
# names (frozen when the function compiles), and loops unrolled over them.
arr = np.array([(1, 2.5, 3)], dtype=[('a', 'i4'), ('b', 'f8'), ('c', 'i8')])
NAMES = ('a', 'b', 'c')


@njit
def show(rec):
    for f in literal_unroll(NAMES):
        print(f, rec[f])
    k = 'b'
    print(rec[k] * 2)
    pair = ('c', 'a')
    first = pair[0]
    print(rec[first] + rec[pair[-1]], rec[NAMES[1]])
    x = 'a'
    if rec['a'] > 0:
        print(rec[x])
    return [n for n in ('p', 'q')]


print(show(arr[0]))


@njit
def total(rec):
    out = 0.0
    for f in literal_unroll(('a', 'b', 'c')):
        out += rec[f]
    return out


print(total(arr[0]))


# ctypes Structure fields named by constants: their offsets and sizes.
class Ref(ctypes.Structure):
    _fields_ = [('apple', ctypes.c_int32), ('mango', ctypes.c_int8), ('orange', ctypes.c_double)]


dt = np.dtype([('apple', np.int32), ('mango', np.int8), ('orange', np.float64)], align=True)
print(len(dt), dt.itemsize, ctypes.sizeof(Ref))
for name in ('apple', 'mango', 'orange'):
    field = getattr(Ref, name)
    print(name, dt.fields[name][1], field.offset, field.size)
print(Ref.orange.offset, Ref.mango.size)
for n in dt.names:
    print(n, dt.fields[n][0], dt.fields[n][1])
