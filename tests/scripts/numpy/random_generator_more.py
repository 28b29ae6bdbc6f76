# the other Generator distributions (numpy's distributions.c, ported alike by
# Numba): geometric, chisquare, f, standard_t, standard_cauchy, pareto, weibull,
# power, rayleigh, laplace, gumbel (module code only), logistic, lognormal, triangular
import numpy as np
from numba import njit
g = np.random.default_rng(31)
print(g.geometric(0.5), g.geometric(0.1), g.chisquare(3.0), g.f(2.0, 5.0), g.standard_t(4.0), g.standard_cauchy())
print(g.pareto(3.0), g.weibull(1.5), g.weibull(0.0), g.power(2.0), g.rayleigh(2.0), g.rayleigh())
print(g.laplace(1.0, 2.0), g.gumbel(), g.logistic(0.5, 0.1), g.lognormal(0.5, 0.2), g.lognormal(), g.triangular(0.0, 1.0, 3.0))
print(g.geometric(0.2, 4), g.chisquare(2.0, (2, 2)), g.laplace(size=3), g.triangular(-1.0, 0.0, 1.0, 2))


@njit
def more(gen, n):
    return (gen.geometric(0.25), gen.chisquare(4.0), gen.f(3.0, 7.0), gen.standard_t(2.5), gen.standard_cauchy(),
            gen.pareto(2.0), gen.weibull(2.0), gen.power(3.0), gen.rayleigh(1.5), gen.laplace(0.0, 1.0),
            gen.logistic(0.0, 1.0), gen.lognormal(0.0, 1.0), gen.triangular(0.0, 2.0, 5.0),
            gen.geometric(0.7, n), gen.lognormal(1.0, 0.5, n))


for x in more(np.random.default_rng(4), 3):
    print(x)
