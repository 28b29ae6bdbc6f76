# adapted from numba/tests/test_cfunc.py (test_basic, test_locals) and docs (user/cfunc.rst): cfunc applied as a call, locals=, .address, .ctypes, .native_name, CFUNCTYPE(restype, *argtypes)(address)
import ctypes

from numba import cfunc, njit, types


def div_usecase(a, b):
    c = a / b
    return c


g = cfunc("float64(int64, int64)", locals={'c': types.int64}, nopython=True, cache=True)(div_usecase)
h = cfunc("float64(int64, int64)")(div_usecase)
print(g.ctypes(8, 3), h.ctypes(8, 3), h(8, 3))
print("div_usecase" in g.native_name, g.address != h.address)


@cfunc(types.float64(types.float64, types.float64))
def hypot2(x, y):
    return x * x + y * y


proto = ctypes.CFUNCTYPE(ctypes.c_double, ctypes.c_double, ctypes.c_double)
from_address = proto(hypot2.address)
print(from_address(3.0, 4.0), hypot2.ctypes(1.0, 2.0))

c_hypot2 = hypot2.ctypes


@njit
def use(n):
    s = 0.0
    for i in range(n):
        s += c_hypot2(i, 1.0)
    return s


print(use(4))
