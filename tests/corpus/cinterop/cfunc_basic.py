# adapted from numba/tests/test_cfunc.py: test_basic, test_locals; docs user/cfunc.rst "Basic usage"
import ctypes

from numba import cfunc, types


def add_usecase(a, b):
    return a + b


def div_usecase(a, b):
    c = a / b
    return c


f = cfunc("float64(float64, float64)")(add_usecase)
print(f.__name__, "add_usecase" in f.native_name, isinstance(f.address, int))
ct = f.ctypes
print(ctypes.cast(ct, ctypes.c_void_p).value == f.address)
print(ct(2.0, 3.5), f.ctypes(4.0, 5.0))

g = cfunc("float64(int64, int64)", locals={'c': types.int64})(div_usecase)
print(g.ctypes(8, 3))
h = cfunc("float64(int64, int64)")(div_usecase)
print(h.ctypes(5, 2))


@cfunc("int32(int32)")
def negate(x):
    return -x


print(negate.ctypes(7), negate(3))
