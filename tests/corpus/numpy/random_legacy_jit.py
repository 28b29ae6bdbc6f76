# adapted from numba/tests/test_random.py: TestRandomArrays, TestRandom (np.random distributions in jitted code)
import numpy as np
from numba import njit


@njit
def jitted(n):
    np.random.seed(5)
    a = (np.random.poisson(3.0), np.random.poisson(40.0), np.random.binomial(10, 0.3), np.random.binomial(500, 0.6))
    b = (np.random.gamma(2.0), np.random.gamma(0.5, 2.0), np.random.standard_gamma(3.0), np.random.beta(0.5, 0.5), np.random.beta(2.0, 5.0))
    c = (np.random.geometric(0.5), np.random.geometric(0.1), np.random.chisquare(3.0), np.random.f(2.0, 5.0), np.random.standard_t(4.0))
    d = (np.random.standard_cauchy(), np.random.lognormal(0.5, 0.2), np.random.laplace(1.0, 2.0), np.random.logistic(0.0, 1.0), np.random.gumbel(1.0, 0.5))
    e = (np.random.weibull(1.5), np.random.pareto(3.0), np.random.power(2.0), np.random.rayleigh(2.0), np.random.triangular(0.0, 1.0, 3.0))
    f = (np.random.poisson(2.0, n), np.random.binomial(20, 0.5, n), np.random.geometric(0.3, n), np.random.gamma(2.0, 1.0, n))
    return a, b, c, d, e, f


for part in jitted(3):
    print(part)
