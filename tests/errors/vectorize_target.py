# compile error
from numba import vectorize


@vectorize(['float64(float64)'], target='parallel')
def f(x):
    return x + 1


print(f(1.0))
