# adapted from numba/tests/test_cfunc.py and docs (user/cfunc.rst): a cfunc's address wrapped by ctypes and cffi and called from jitted code
import ctypes

from cffi import FFI

from numba import cfunc, njit


@cfunc("float64(float64, float64)")
def hypot2(x, y):
    return x * x + y * y


proto = ctypes.CFUNCTYPE(ctypes.c_double, ctypes.c_double, ctypes.c_double)
from_ctypes = proto(hypot2.address)
print(from_ctypes(3.0, 4.0))

ffi = FFI()
from_cffi = ffi.cast("double(*)(double, double)", hypot2.address)
print(from_cffi(1.0, 2.0))

c_hypot2 = hypot2.ctypes


@njit
def use(n):
    s = 0.0
    for i in range(n):
        s += c_hypot2(i, 1.0)
    return s


print(use(4))
