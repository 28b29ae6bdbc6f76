# numpy's Generator (PCG64 seeded through SeedSequence): the same stream
# as numpy in module code and, passed in, in jitted code (as Numba draws)
import numpy as np
from numba import njit

g = np.random.default_rng(42)
print(g)
print(g.random(), g.integers(0, 10), g.integers(5), g.integers(0, 1000000, endpoint=True))
print(g.normal(1.0, 2.0), g.standard_normal(), g.uniform(1.0, 3.0), g.uniform())
print(g.exponential(2.0), g.standard_exponential(), g.poisson(3.0), g.poisson(30.0), g.poisson())
print(g.binomial(10, 0.3), g.binomial(1000, 0.4), g.binomial(50, 0.9), g.binomial(0, 0.5))
print(g.gamma(2.0, 1.5), g.standard_gamma(0.5), g.standard_gamma(1.0), g.gamma(3.5))
print(g.beta(0.5, 0.7), g.beta(2.0, 3.0))
print(g.random(3))
print(g.integers(0, 10, 4), g.integers(-5, 5, size=(2, 3)))
print(g.integers(0, 2**40, 3), g.integers(-2**62, 2**62, 3), g.integers(7, 7, 2, endpoint=True))
print(g.normal(0.0, 1.0, (2, 2)))
print(g.standard_normal(size=4), g.standard_exponential(3))
print(g.poisson(5.0, 6), g.binomial(100, 0.25, (2, 2)))
print(g.gamma(0.7, 2.0, 3), g.beta(3.0, 0.4, 2), g.uniform(-1.0, 1.0, size=3))
print(repr(g.integers(3)), repr(g.poisson(2.0)), repr(g.random()))
print(g.random(0), g.integers(0, 5, (2, 0)))

# Generator(PCG64(seed)) is default_rng(seed); seeds above 32 bits.
h = np.random.Generator(np.random.PCG64(7))
print(h.random(2), np.random.default_rng(7).random(2))
print(np.random.default_rng(0).random(), np.random.default_rng(2**33 + 5).random())
print(np.random.default_rng(np.random.PCG64(3)).integers(0, 100, 5))


@njit
def draws(gen):
    return (gen.random(), gen.integers(0, 10), gen.normal(0.0, 1.0),
            gen.poisson(4.0), gen.binomial(20, 0.5), gen.standard_normal(),
            gen.exponential(1.5), gen.gamma(2.5, 1.0), gen.beta(0.3, 0.3))


@njit
def arrays(gen, n):
    return gen.random(n), gen.integers(-3, 3, (2, n)), gen.standard_normal(n)


print(draws(np.random.default_rng(9)))
# The jitted draws advance the generator module code draws from next.
k = np.random.default_rng(11)
print(arrays(k, 3))
print(k.random(), draws(k)[0], k.integers(0, 1000))
