# Generators compiled by Numba: consumed in jitted code and in module code.
import numpy as np
from numba import njit


@njit
def gen_range(n):
    for i in range(n):
        yield i * i


@njit
def gen_array(a):
    for i in range(a.shape[0]):
        if a[i] > 0:
            yield float(a[i])


@njit
def gen_mixed(x, y):
    yield x
    yield x + y


@njit
def gen_stop(n):
    i = 0
    while True:
        if i >= n:
            return
        yield i
        i += 1


@njit
def consume(n):
    s = 0
    for v in gen_range(n):
        s += v
    return s


@njit
def consume_array(a):
    s = 0.0
    for v in gen_array(a):
        s += v
    return s


@njit
def first_two(n):
    g = gen_stop(n)
    a = next(g)
    b = next(g)
    return a + b


@njit
def nested(n):
    out = 0
    for i in gen_stop(n):
        for j in gen_stop(i):
            out += i * j
    return out


@njit
def count_enum(n):
    t = 0
    for i, v in enumerate(gen_range(n)):
        t += i * v
    return t


a = np.array([1.5, -2.0, 3.0, 0.0, 4.5])
print(consume(10))
print(consume_array(a))
print(list(gen_array(a)))
print(list(gen_mixed(1.0, 2.5)))
print(list(gen_stop(4)))
print(first_two(5))
print(nested(5))
print(count_enum(6))
print(sum(gen_range(5)))
for v in gen_stop(3):
    print("v", v)
