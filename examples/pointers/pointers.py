# The seed's pointer examples (Numba's "Writing Low-level Code"): pointer
# types made with T.pointer(), pointer arithmetic, indexing over numpy
# buffers through a.ctypes.data, and comparison with NULL.
#
#   rumba run examples/pointers/pointers.py
#   PYTHONPATH=tests/oracle python3 examples/pointers/pointers.py
import numba
from numba import *
import numpy as np

int32p = int32.pointer()
voidp = void.pointer()


@autojit
def test_pointer_arithmetic():
    p = int32p(Py_uintptr_t(0))
    p = p + 10
    p += 2
    return Py_uintptr_t(p) # 0 + 4 * 12


@autojit(locals={"pointer_value": Py_uintptr_t})
def test_pointer_indexing(pointer_value, type_p):
    p = type_p(pointer_value)
    return p[0], p[1], p[2], p[3]


@autojit
def test_compare_null():
    return voidp(Py_uintptr_t(0)) == numba.NULL


@autojit
def pointer_difference(p, q):
    # pointer - pointer counts elements; pointer - int steps back
    return q - p, Py_uintptr_t(q) - Py_uintptr_t(p - 1)


@autojit
def fill_squares(p, n):
    # writing through a pointer changes the array it points into
    for i in range(n):
        p[i] = i * i
    q = p + n - 1
    q[0] = -q[0]


@autojit
def sum_until_null(pp):
    # a pointer to pointers, ended by NULL
    total = 0
    i = 0
    while pp[i] != numba.NULL:
        total += pp[i][0]
        i += 1
    return total


print(test_pointer_arithmetic())

a = np.array([1, 2, 3, 4], dtype=np.float32)
print(test_pointer_indexing(a.ctypes.data, float32.pointer()))

a = np.array([1, 2, 3, 4], dtype=np.int64)
print(test_pointer_indexing(a.ctypes.data, int64.pointer()))

print(test_compare_null())
print(int32p(Py_uintptr_t(4)) == numba.NULL, int32p(Py_uintptr_t(4)) != numba.NULL)

b = np.zeros(6, dtype=np.int32)
bp = int32p(b.ctypes.data)
print(pointer_difference(bp, bp + 5))
fill_squares(bp, 6)
print(b)

x = np.array([10, 20], dtype=np.int64)
y = np.array([3], dtype=np.int64)
table = np.array([x.ctypes.data, y.ctypes.data, 0], dtype=np.uintp)
print(sum_until_null(int64.pointer().pointer()(table.ctypes.data)))

print(test_pointer_arithmetic.signatures)
print(test_pointer_indexing.signatures)
print(fill_squares.signatures)
print(sum_until_null.signatures)
