# One function called with different argument types: each call signature
# is compiled separately.
from numba import jit


@jit
def add(a, b):
    return a + b


@jit
def describe(x):
    return x * 2


print(add(1, 2))
print(add(1.5, 2.25))
print(add(1, 2.5))
print(add(2.5, 1))
print(add('ab', 'cd'))
print(add(True, True))
print(describe(21), describe(1.25), describe('xy'))
print(add.signatures)
print(describe.signatures)


def plain_add(a, b):
    return a + b


print(plain_add(3, 4), plain_add(0.1, 0.2), plain_add(3, 0.5))


@jit
def mean3(a, b, c):
    return (a + b + c) / 3


print(mean3(1, 2, 3), mean3(1.0, 2.0, 4.0), mean3(1, 2.0, 3))
print(mean3.signatures)
print(add(10, 20), add(0.5, 0.5))
print(add.signatures)
