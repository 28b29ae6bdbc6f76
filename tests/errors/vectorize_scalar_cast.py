# compile error
from numba import vectorize


@vectorize(['uint8(float64)'])
def code(x):
    return x + 1


print(code(254.5))
