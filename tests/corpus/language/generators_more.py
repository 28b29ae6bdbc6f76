# adapted from numba/tests/test_generators.py: gen3, gen5, gen6, gen7, gen8, generators passed around, nrt_gen0
import numpy as np
from numba import njit


@njit
def gen3(x):
    # Polymorphic yield types must be unified
    yield x
    yield x + 1.5
    yield x + 1j


@njit
def gen5():
    # The bodies of this generator are not compiled together
    yield 1
    yield 2
    yield 3


@njit
def gen6(a, b):
    # Infinite loop
    x = a + 1
    while True:
        y = b + 2
        yield x + y


@njit
def gen7(arr):
    # Array iteration
    for a in arr:
        yield a


@njit
def gen8(x=1, y=2, b=False):
    bb = not b
    yield x
    if bb:
        yield y
    if b:
        yield x + y


@njit
def nrt_gen0(ary):
    for elem in ary:
        yield elem


@njit
def take(n, a, b):
    out = 0
    g = gen6(a, b)
    for _ in range(n):
        out += next(g)
    return out


@njit
def sum_gen(g):
    s = 0.0
    for v in g:
        s += v
    return s


@njit
def pass_gen(a):
    return sum_gen(nrt_gen0(a)) + sum_gen(gen7(a))


print(list(gen3(1)))
print(list(gen5()))
print(take(5, 1, 2))
print(list(gen7(np.arange(5.0))))
print(list(gen8()), list(gen8(b=True)), list(gen8(3, 4)))
print(pass_gen(np.arange(10.0)))
print(pass_gen(np.array([1.5, 2.5])))
