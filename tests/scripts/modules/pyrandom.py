# Python's random module in module code: CPython's MT19937 stream bit for bit
# after random.seed (ints of any sign and size), every draw rumba supports.
import random
from random import randint, shuffle

import numpy as np

random.seed(42)
print(random.random(), random.random())
print([randint(0, 100) for _ in range(6)])
print([random.randrange(10) for _ in range(5)], [random.randrange(5, 100, 7) for _ in range(4)])
print([random.randrange(100, 0, -9) for _ in range(4)])
print(random.uniform(1.0, 2.0), random.uniform(3, 5))
print(random.gauss(0.0, 1.0), random.gauss(1.0, 2.0), random.gauss())
print(random.normalvariate(0.0, 1.0), random.normalvariate(5, 0.5))
print(random.expovariate(2.0), random.expovariate(1))
print(random.triangular(), random.triangular(1.0, 3.0), random.triangular(0.0, 10.0, 2.0), random.triangular(2.0, 2.0, 2.0))
print(random.getrandbits(1), random.getrandbits(10), random.getrandbits(40), random.getrandbits(63), random.getrandbits(0))
words = ["alpha", "beta", "gamma", "delta"]
print([random.choice(words) for _ in range(5)])
t = (1.5, 2.5, 3.5)
s = "xyz"
r = np.arange(10, 20)
print(random.choice(t), random.choice(s), random.choice(r))
xs = list(range(10))
shuffle(xs)
print(xs)
pairs = [(1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')]
random.shuffle(pairs)
print(pairs)
a = np.arange(8.0)
random.shuffle(a)
print(a)
random.seed(2**40 + 5)
print(random.random())
random.seed(-7)
print(random.random())
random.seed(0)
print(random.random(), random.choice(words))
