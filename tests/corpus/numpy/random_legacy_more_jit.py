# adapted from numba/tests/test_random.py: TestRandom (vonmises, wald, zipf, logseries, negative_binomial, hypergeometric in jitted code)
import numpy as np
from numba import njit


@njit
def draws(n):
    np.random.seed(n)
    a = np.random.vonmises(0.5, 2.0)
    b = np.random.vonmises(-3.0, 1e-7)
    c = np.random.wald(1.5, 2.0)
    d = np.random.zipf(1.3)
    e = np.random.logseries(0.9)
    f = np.random.negative_binomial(3.5, 0.4)
    g = np.random.hypergeometric(10, 5, 3)
    h = np.random.hypergeometric(100, 200, 50)
    return a, b, c, d, e, f, g, h


@njit
def arrays():
    np.random.seed(3)
    return (np.random.vonmises(1.0, 3.0, 3), np.random.wald(2.0, 1.0, size=(2, 2)),
            np.random.zipf(2.5, 4), np.random.logseries(0.5, size=4),
            np.random.hypergeometric(20, 30, 15, size=3))


@njit
def bad(k):
    if k == 0:
        return np.random.wald(0.0, 1.0)
    if k == 1:
        return np.random.zipf(1.0)
    if k == 2:
        return float(np.random.logseries(1.5))
    if k == 3:
        return float(np.random.negative_binomial(0.0, 0.5))
    return float(np.random.negative_binomial(2.0, 1.5))


for n in range(3):
    print(draws(n))
for x in arrays():
    print(x)
for k in range(5):
    try:
        bad(k)
    except ValueError as e:
        print("ValueError:", e)
