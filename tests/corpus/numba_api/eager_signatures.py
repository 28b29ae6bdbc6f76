# adapted from numba docs (user/jit.rst "Eager compilation") and test_dispatcher.py: explicit signatures and .signatures
from numba import jit, njit, int32, int64, float32, float64


@jit(int32(int32, int32))
def f(x, y):
    return x + y


@njit([int64(int64), float64(float64)])
def square(x):
    return x * x


@jit("float64(float64, int64)", nopython=True)
def scale(x, n):
    return x * n


print(f(1, 2), f(2 ** 31, 2 ** 31))
print(f.signatures)
print(square(3), square(1.5), square.signatures)
print(scale(1.5, 4), scale(2, 3))
print(float32(1.1) == float32(1.1), int64(3))
