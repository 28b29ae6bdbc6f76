# compile error
# a jitted function returning a nested function that reads its variables (Numba refuses it too)
from numba import njit


@njit
def make_adder(y):
    def add(x):
        return x + y

    return add


print(make_adder(10)(1))
