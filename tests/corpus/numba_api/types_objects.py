# adapted from numba docs (reference/types.rst): type objects, signatures, arrays and pointers
from numba import types, float32, int32, float64, intp
from numba.core.types import CPointer

print(types.int64, types.float32, types.complex128, types.boolean, types.none)
print(types.intp, intp, types.uintp, types.voidptr)
print(float64(int32, float32))
print(types.void(types.CPointer(types.double), types.intc))
print(CPointer(float32), types.float64[:, ::1], types.int8[::1])
print(types.UniTuple(types.int64, 3), types.Tuple((types.int64, types.float64)))
print(types.Array(types.float64, 3, 'F'))
print(types.NestedArray(types.float32, (2, 3)))
print(types.int64 == types.intp, float32 is types.float32)
