# adapted from numba/tests/test_cfunc.py: make_cfarray_usecase, test_numba_carray, test_numba_farray
import ctypes

import numpy as np

from numba import cfunc, carray, farray, types

CARRAY_USECASE_OUT_LEN = 8


def make_cfarray_usecase(func):
    def cfarray_usecase(in_ptr, out_ptr, m, n):
        in_ = func(in_ptr, (m, n))
        out = func(out_ptr, CARRAY_USECASE_OUT_LEN)
        out[0] = in_.ndim
        out[1:3] = in_.shape
        out[3:5] = in_.strides
        out[5] = in_.flags.c_contiguous
        out[6] = in_.flags.f_contiguous
        s = 0
        for i, j in np.ndindex(m, n):
            s += in_[i, j] * (i - j)
        out[7] = s
    return cfarray_usecase


sig = types.void(types.CPointer(types.float32), types.CPointer(types.float32),
                 types.intp, types.intp)
for func in (carray, farray):
    f = cfunc(sig)(make_cfarray_usecase(func))
    base = np.arange(6).reshape((2, 3)).astype(np.float32)
    out = np.zeros(CARRAY_USECASE_OUT_LEN, dtype=np.float32)
    f.ctypes(base.ctypes.data_as(ctypes.POINTER(ctypes.c_float)),
             out.ctypes.data_as(ctypes.POINTER(ctypes.c_float)), 2, 3)
    print(func.__name__, out)

base = np.arange(6).reshape((2, 3)).astype(np.float32)
ptr = base.ctypes.data_as(ctypes.POINTER(ctypes.c_float))
print(carray(ptr, (2, 3)))
print(farray(ptr, (3, 2)))
print(carray(base.ctypes.data_as(ctypes.c_void_p), 6, np.int32)[:2])
