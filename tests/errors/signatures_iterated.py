# a dispatcher's signatures are printable, not iterable
from numba import njit


@njit
def add(a, b):
    return a + b


print(add(1, 2))
for sig in add.signatures:
    print(sig)
