# adapted from numba docs (reference/pysupported.rst "list": a list's items are unified to one type in jitted code)
from numba import njit


@njit
def unified():
    a = [1, 2.5]
    b = [(4, 5), (4, 5.5)]
    return a, b


@njit
def mixed_sum():
    xs = [1, 2.5, 3]
    s = 0.0
    for x in xs:
        s += x
    return s, len(xs)


a, b = unified()
print(a, b)
print(mixed_sum())
