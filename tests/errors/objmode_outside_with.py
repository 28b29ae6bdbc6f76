# compile error
from numba import njit, objmode


@njit
def f(x):
    ctx = objmode(y='int64')
    return x


print(f(2))
