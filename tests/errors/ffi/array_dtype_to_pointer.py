# compile error
# an int64 array passed to a double * parameter from jitted code: C would
# read its integers as doubles
import numpy as np
from cffi import FFI
from numba import njit

ffi = FFI()
ffi.cdef("double frexp(double x, int *exp); double modf(double x, double *iptr);")
libm = ffi.dlopen("m")
c_modf = libm.modf


@njit
def whole(x, out):
    return c_modf(x, out)


print(whole(2.5, np.zeros(1)))
print(whole(2.5, np.zeros(1, dtype=np.int64)))
