# adapted from numba docs (user/vectorize.rst and user/jit.rst): a declared uint8 result casts the kernel's float as Numba does
from numba import vectorize, njit


@vectorize(["uint8(float64)"])
def code(x):
    return x + 1


@njit("uint8(float64)")
def code2(x):
    return x + 1.0


print(code(254.5), code(299.5), code2(299.5), code2(3.7))
