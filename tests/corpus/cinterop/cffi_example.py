# adapted from the former numba examples/cffi_example.py
from math import pi

from cffi import FFI

from numba import jit

ffi = FFI()
ffi.cdef('double sin(double x);')

libm = ffi.dlopen("m")
c_sin = libm.sin


@jit(nopython=True)
def cffi_sin_example(x):
    return c_sin(x)


print("%.6f" % cffi_sin_example(pi / 2), "%.3e" % abs(cffi_sin_example(pi)))
