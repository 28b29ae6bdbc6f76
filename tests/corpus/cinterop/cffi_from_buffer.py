# adapted from numba/tests/test_cffi.py: test_from_buffer_float64 (arrays passed to C through ffi.from_buffer), plus a cffi callback for qsort
import numpy as np
from cffi import FFI

from numba import njit

ffi = FFI()
ffi.cdef("""
double modf(double x, double *iptr);
double frexp(double x, int *exp);
void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *));
""")
lib = ffi.dlopen(None)
c_modf, c_frexp = lib.modf, lib.frexp


@njit
def split_all(a):
    ip = np.empty(1)
    ex = np.empty(1, dtype=np.int32)
    frac = np.empty_like(a)
    whole = np.empty_like(a)
    mant = np.empty_like(a)
    exps = np.empty(a.size, dtype=np.int32)
    for i in range(a.size):
        frac[i] = c_modf(a[i], ffi.from_buffer(ip))
        whole[i] = ip[0]
        mant[i] = c_frexp(a[i], ffi.from_buffer(ex))
        exps[i] = ex[0]
    return frac, whole, mant, exps


for r in split_all(np.array([3.25, -2.5, 10.0, 0.125])):
    print(r)


@ffi.callback("int(const void *, const void *)")
def cmp(pa, pb):
    a = ffi.cast("double *", pa)[0]
    b = ffi.cast("double *", pb)[0]
    return (a > b) - (a < b)


x = np.array([2.5, -1.0, 7.0, 0.5])
lib.qsort(ffi.from_buffer(x), len(x), 8, cmp)
print(x)
