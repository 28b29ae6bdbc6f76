# compile error
from numba import njit, objmode


@njit
def f(x):
    k = 1
    with objmode(y='int64'):
        k = 5
        y = x + k
    return y, k


print(f(2))
