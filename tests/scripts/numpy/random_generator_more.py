import numpy as np
from numba import njit
g = np.random.default_rng(42)
print(g.wald(1.0, 2.0), g.wald(0.5, 3.0, size=3))
print(g.vonmises(0.5, 2.0), g.vonmises(0.0, 0.1, size=3))
print(g.zipf(2.0), g.zipf(3.5, size=4))
print(g.logseries(0.6), g.logseries(0.9, size=4))
print(g.negative_binomial(5, 0.4), g.negative_binomial(2.5, 0.7, size=4))
print(g.noncentral_chisquare(3.0, 1.5), g.noncentral_chisquare(0.5, 2.0, size=3))
print(g.noncentral_f(3.0, 5.0, 1.2), g.noncentral_f(2.0, 4.0, 0.0, size=2))
try:
    g.zipf(0.5)
except ValueError as e:
    print("ValueError", e)

@njit
def draws(g):
    s = 0.0
    for i in range(100):
        s += g.wald(1.0, 2.0) + g.zipf(2.0) + g.logseries(0.5) + g.negative_binomial(3, 0.5)
        s += g.noncentral_chisquare(3.0, 1.5) + g.noncentral_f(3.0, 5.0, 1.2)
    return s

print(draws(np.random.default_rng(7)))
