# Several explicit signatures: a call takes the one its arguments fit best
# (exact before safe before unsafe conversions), as Numba's dispatcher does.
from numba import njit, int32, int64, float32, float64


@njit([int64(int64), float64(float64)])
def square(x):
    return x * x


@njit([float64(float64, float64), int64(int64, int64)])
def add(a, b):
    return a + b


@njit([float32(float32), float64(float64)])
def half(x):
    return x / 2


print(square(3), square(1.5), square(int32(4)))
print(add(1, 2), add(1.5, 2), add(1, 2.5))
print(half(3), half(1.5), half(int32(5)))
