# compile error
from numba import njit


@njit
def add(a, b):
    return a + b


def show():
    add(1, 2)
    add.inspect_types()


show()
