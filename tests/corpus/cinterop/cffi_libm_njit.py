# adapted from numba/tests/test_cffi.py: test_sin_function, test_two_funcs, test_function_pointer (ABI-mode module via dlopen)
from cffi import FFI

from numba import njit

ffi = FFI()
ffi.cdef("""
double sin(double x);
double cos(double x);
double fmax(double x, double y);
double ldexp(double x, int exp);
""")
lib = ffi.dlopen(None)
c_sin, c_cos, c_fmax, c_ldexp = lib.sin, lib.cos, lib.fmax, lib.ldexp


@njit
def use_cffi_sin(x):
    return c_sin(x) * 2


@njit
def use_two_funcs(x):
    return c_sin(x) - c_cos(x)


@njit
def use_func_pointer(fa, fb, x):
    if x > 0:
        return fa(x)
    else:
        return fb(x)


@njit
def mixed(x, e):
    return c_fmax(x, 0.0) + c_ldexp(1.0, e)


print(use_cffi_sin(0.0), round(use_cffi_sin(1.0), 12))
print(round(use_two_funcs(0.25), 12))
print(round(use_func_pointer(c_sin, c_cos, 1.0), 12), round(use_func_pointer(c_sin, c_cos, -1.0), 12))
print(mixed(-3.0, 4), mixed(2.5, -1))
