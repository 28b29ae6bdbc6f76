# adapted from numba docs (reference/types.rst, reference/jit-compilation.rst "numba.typeof") and numba/tests/test_typeof.py: str of typeof() results and of type objects
import numpy as np
import numba
from numba import types, typeof
from numba.np import numpy_support

print(typeof(1), typeof(1.5), typeof(True), typeof(1j), typeof("abc"), typeof(None))
print(typeof(np.int32(3)), typeof(np.float32(2)), typeof(np.bool_(True)), typeof(np.uint8(1)))
print(typeof(np.zeros(3)), typeof(np.zeros((2, 3), dtype=np.int32)), typeof(np.zeros((2, 3)).T))
print(typeof(np.zeros((4, 4))[::2]), typeof(np.zeros(5, dtype=np.complex128)))
print(typeof((1, 2)), typeof((1, 2.5)), typeof((1, (2, 3))), typeof(()))
print(typeof([1, 2]), typeof([1.5]))
print(types.float64[:], types.int32[:, :], types.float32[::1, :], types.float64[:, :, ::1])
print(types.Array(types.int64, 2, 'A'), types.Array(types.uint8, 1, 'C'))
print(types.CPointer(types.int8), types.CPointer(types.CPointer(types.float64)))
print(types.uint8, types.int16, types.uint32, types.ushort, types.ulong, types.ulonglong, types.uint)
print(types.i1, types.i2, types.i4, types.i8, types.u1, types.u2, types.u4, types.u8, types.c16)
print(numba.ushort, numba.byte, numba.ssize_t, numba.size_t, numba.intc, numba.double)
rec = np.dtype([('a', np.int32), ('b', np.float64)])
print(typeof(np.zeros(2, dtype=rec)))
print(numba.from_dtype(rec), numba.from_dtype(np.dtype(np.float32)))
print(numpy_support.from_dtype(np.dtype([('x', np.int16), ('y', np.float32, (2, 2))], align=True)))
print(types.NestedArray(types.int32, (4,)), types.NestedArray(dtype=types.float64, shape=(2, 3)))
print(types.unicode_type, types.boolean, types.voidptr, types.intc, types.uintc)
print(types.int64(types.int64, types.float64[:]))
print(types.float64(types.CPointer(types.CPointer(types.int32)), types.intp))
print(types.Tuple((types.int64,)), types.UniTuple(types.float32, 2))
print(types.literal(3), types.literal("ab"))
print(numba.carray.__name__, numba.farray.__name__, numba.njit.__name__, numba.jit.__name__,
      numba.cfunc.__name__, numba.vectorize.__name__, numba.typeof.__name__, numba.prange.__name__)
