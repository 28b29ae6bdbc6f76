# adapted from numba/tests/test_random.py: random.* variates in jitted code (Numba's own state)
import random
from numba import njit


@njit
def variates():
    random.seed(42)
    a = (random.random(), random.gauss(0.0, 1.0), random.normalvariate(1.0, 2.0))
    b = (random.gammavariate(2.0, 1.0), random.gammavariate(0.5, 2.0), random.gammavariate(1.0, 3.0))
    c = (random.betavariate(2.0, 3.0), random.betavariate(0.5, 0.5), random.lognormvariate(0.0, 1.0))
    d = (random.paretovariate(2.0), random.weibullvariate(1.0, 2.0), random.randint(1, 6))
    return a, b, c, d


for t in variates():
    print(t)
