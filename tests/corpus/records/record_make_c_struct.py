# adapted from numba/tests/test_record_dtype.py: TestRecordDtypeMakeCStruct (test_three_scalars, test_complex_struct)
import ctypes

from numba.core import types


class Ref(ctypes.Structure):
    _fields_ = [
        ('apple', ctypes.c_int32),
        ('mango', ctypes.c_int8),
        ('orange', ctypes.c_float),
    ]


ty = types.Record.make_c_struct([
    ('apple', types.int32),
    ('mango', types.int8),
    ('orange', types.float32),
])
print(len(ty), ty.size, ctypes.sizeof(Ref))
for name in ('apple', 'mango', 'orange'):
    print(name, ty.offset(name), getattr(Ref, name).offset, ty.typeof(name))
print(ty.dtype.isalignedstruct, ty.dtype)

ty2 = types.Record.make_c_struct([('apple', types.intc), ('mango', types.complex128)])
print(ty2.offset('mango'), ty2.size)
