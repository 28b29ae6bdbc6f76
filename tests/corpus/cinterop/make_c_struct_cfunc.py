# adapted from numba docs (user/cfunc.rst "With numba.types.Record.make_c_struct") and numba/tests/test_record_dtype.py (TestRecordDtypeMakeCStruct): C-layout records with a NestedArray field, read through carray in a cfunc
import numpy as np
from numba import cfunc, carray, types
from numba.core import types as ctypes_types

ty = types.Record.make_c_struct([
    ('apple', types.int32),
    ('mango', types.int8),
    ('orange', types.float32),
])
print(ty.size)
print(ty.offset('apple'), ty.offset('mango'), ty.typeof('mango'), ty.offset('orange'), ty.typeof('orange'))
ty2 = ctypes_types.Record.make_c_struct([('apple', types.intc), ('mango', types.float64)])
print(ty2.offset('mango'), ty2.size)

my_struct = types.Record.make_c_struct([
    ('i1', types.int32),
    ('f2', types.float32),
    ('d3', types.float64),
    ('af4', types.NestedArray(dtype=types.float32, shape=(7,))),
])


@cfunc(types.float64(types.CPointer(my_struct), types.uintp))
def foo(ptr, n):
    base = carray(ptr, n)
    tmp = 0
    for i in range(n):
        tmp += base[i].i1 * base[i].f2 / base[i].d3
        tmp += base[i].af4.sum()
    return tmp


data = np.zeros(3, dtype=my_struct.dtype)
for i in range(3):
    data[i]['i1'] = i * 123
    data[i]['f2'] = i * 213
    data[i]['d3'] = (1 + i) * 213
    af = data[i]['af4']
    for k in range(7):
        af[k] = k + i * 10
print(my_struct.dtype.itemsize, my_struct.offset('af4'))
print(foo.ctypes(data.ctypes.data, 3))
print(data[1])
