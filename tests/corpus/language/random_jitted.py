# adapted from Numba's documentation (supported Python features: random) and
# numba/tests/test_random.py: Python's random in jitted code draws from Numba's
# own state, seeded only by random.seed called in jitted code.
import random

import numpy as np
from numba import njit


@njit
def jitted(seed):
    random.seed(seed)
    a = random.random()
    b = random.randint(0, 100)
    c = random.randrange(3, 50, 4)
    d = random.uniform(1.0, 2.0)
    e = random.gauss(0.0, 1.0)
    f = random.normalvariate(0.0, 1.0)
    g = random.getrandbits(20)
    h = random.expovariate(2.0)
    k = random.triangular(0.0, 10.0, 2.0)
    return a, b, c, d, e, f, g, h, k


@njit
def jshuffle(seed):
    random.seed(seed)
    x = np.arange(10)
    random.shuffle(x)
    return x


@njit
def pi(n):
    random.seed(1)
    inside = 0
    for _ in range(n):
        x = random.random()
        y = random.random()
        if x * x + y * y < 1.0:
            inside += 1
    return 4.0 * inside / n


print(jitted(42))
print(jshuffle(7))
print(pi(10000))
random.seed(42)
print(jitted(42) == jitted(42))
