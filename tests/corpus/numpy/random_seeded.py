# adapted from numba/tests/test_random.py: numpy_check_rand, numpy_check_randn, numpy_randint2 (seeded inside jitted code, as Numba requires)
import numpy as np

from numba import njit


@njit
def draws(seed):
    np.random.seed(seed)
    a = np.random.random()
    b = np.random.rand(3)
    c = np.random.randint(0, 100, 5)
    d = np.random.uniform(1.0, 2.0)
    return a, b, c, d


def show(t):
    a, b, c, d = t
    return "%.12f %s %s %.12f" % (a, np.round(b, 12), c, d)


print(show(draws(42)))
print(show(draws(0)))
print(show(draws(42)))
np.random.seed(42)
print("%.12f" % np.random.random(), np.random.randint(0, 100, 3))
