# numpy's legacy distributions after np.random.seed, numpy's algorithms bit
# for bit (jitted code draws them as Numba does: tests/corpus/numpy/random_legacy_jit.py)
import numpy as np

np.random.seed(12)
print(np.random.poisson(3.0), np.random.poisson(40.0), np.random.poisson(), np.random.binomial(10, 0.3), np.random.binomial(500, 0.6))
print(np.random.gamma(2.0), np.random.gamma(0.5, 2.0), np.random.standard_gamma(3.0), np.random.beta(0.5, 0.5), np.random.beta(2.0, 5.0))
print(np.random.geometric(0.5), np.random.geometric(0.1), np.random.chisquare(3.0), np.random.f(2.0, 5.0), np.random.standard_t(4.0))
print(np.random.standard_cauchy(), np.random.lognormal(0.5, 0.2), np.random.laplace(1.0, 2.0), np.random.logistic(), np.random.gumbel(1.0, 0.5))
print(np.random.weibull(1.5), np.random.pareto(3.0), np.random.power(2.0), np.random.rayleigh(2.0), np.random.triangular(0.0, 1.0, 3.0))
print(np.random.poisson(2.0, 5), np.random.binomial(20, 0.5, (2, 2)), np.random.geometric(0.3, 3))
print(np.random.gamma(2.0, 1.0, 3), np.random.beta(1.0, 2.0, size=2), np.random.lognormal(size=2), np.random.triangular(1.0, 2.0, 4.0, 2))

