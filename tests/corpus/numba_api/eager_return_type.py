# adapted from numba docs (user/jit.rst "Eager compilation"): a declared return type converts what the function returns
from numba import njit


@njit("uint8(float64)")
def code2(x):
    return x + 1.0


@njit("float64(int64)")
def half(n):
    return n // 2


print(code2(254.5), half(7))
