# adapted from numba/tests/test_array_methods.py: make_array_astype, make_array_view, array_copy, array_fill
import numpy as np

from numba import njit


@njit
def astype(a):
    return a.astype(np.int32), a.astype(np.float32), (a > 1).astype(np.int64)


@njit
def view_bits(a):
    return a.view(np.uint64)


@njit
def copy_fill(a):
    b = a.copy()
    b.fill(7)
    c = np.copy(a)
    return a, b, c


for r in astype(np.array([0.5, 1.5, 2.7, -3.2])):
    print(r.dtype, r)
print(view_bits(np.array([1.0, -2.0])))
print(copy_fill(np.arange(3)))
