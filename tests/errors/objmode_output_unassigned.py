# compile error
from numba import njit, objmode


@njit
def f(x):
    with objmode(y='int64', z='float64'):
        y = x + 1
    return y


print(f(2))
