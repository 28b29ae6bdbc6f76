# Chained assignment gives every target the value (a lowering once left the
# second target of `i = j = -1` unwritten in jitted code).
from numba import njit


@njit
def nested(n):
    t = 0
    i = j = -1
    for i in range(n):
        for j in range(i):
            t += j
        t += j
    return t, i, j


@njit
def nested2(n):
    t = 0
    i = -1
    j = -1
    for i in range(n):
        for j in range(i):
            t += j
        t += j
    return t, i, j


print(nested(1), nested2(1))


def plain():
    a = b = c = [1, 2]
    b.append(3)
    x = y = 2.5
    return a, c, x + y


print(plain())
