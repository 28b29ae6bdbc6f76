# adapted from numba docs (user/cfunc.rst "Dealing with pointers and array memory")
import ctypes

import numpy as np

from numba import cfunc, types, carray

c_sig = types.void(types.CPointer(types.double),
                   types.CPointer(types.double),
                   types.intc, types.intc)


@cfunc(c_sig)
def my_callback(in_, out, m, n):
    in_array = carray(in_, (m, n))
    out_array = carray(out, (m, n))
    for i in range(m):
        for j in range(n):
            out_array[i, j] = 2 * in_array[i, j]


a = np.arange(6.0).reshape(2, 3)
out = np.zeros_like(a)
dp = ctypes.POINTER(ctypes.c_double)
my_callback.ctypes(a.ctypes.data_as(dp), out.ctypes.data_as(dp), 2, 3)
print(out)
