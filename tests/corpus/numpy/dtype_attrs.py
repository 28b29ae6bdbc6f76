# adapted from numba/tests/test_array_attr.py: array_dtype, use_dtype, dtype_eq_int64, array_flags_c_contiguous, array_flags_f_contiguous
import numpy as np

from numba import njit


@njit
def array_dtype(a):
    return a.dtype


@njit
def use_dtype(a, b):
    return a.view(b.dtype)


@njit
def dtype_eq_int64(a):
    return a.dtype == np.dtype('int64')


@njit
def flags(a):
    return a.flags.c_contiguous, a.flags.f_contiguous


for a in (np.zeros(2), np.zeros(2, np.int64), np.zeros(2, np.int32), np.zeros(2, np.uint8), np.zeros(2, np.complex128)):
    print(array_dtype(a), dtype_eq_int64(a))
print(use_dtype(np.array([1.0]), np.zeros(1, np.int64)))
m = np.zeros((3, 4))
print(flags(m), flags(m.T), flags(m[:, 1:]), flags(np.zeros(3)))
