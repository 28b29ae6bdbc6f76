# adapted from numba/tests/test_generators.py: gen1, gen2, gen4, make_consumer
from numba import njit


@njit
def gen1(x):
    for i in range(x):
        yield i


@njit
def gen2(x):
    for i in range(x):
        yield i
        for j in range(1, 3):
            yield i + j


@njit
def gen4(x, y, z):
    for i in range(3):
        yield z
        yield y + z
    return
    yield x


@njit
def consume(n):
    total = 0
    for v in gen2(n):
        total += v
    return total


print(list(gen1(5)))
print(list(gen2(3)))
print(list(gen4(1, 2.5, 3)))
print(consume(10))
