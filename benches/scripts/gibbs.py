# The seed's Gibbs sampler (Numba's "Interfacing with C"): a jitted function
# calls the C random-number library that module rng loaded through cffi,
# passing it a pointer to a C struct rng allocated.
import math
import sys

import numpy as np
from numba import jit

import rng


@jit(nopython=True)
def gibbs(N, thin):
    rng.rk_seed(0, rng.state_p)

    x = 0
    y = 0
    samples = np.empty((N,2))
    for i in range(N):
        for j in range(thin):
            x = rng.rk_gamma(rng.state_p, 3.0, 1.0/(y**2+4))
            y = rng.rk_normal(rng.state_p, 1.0/(x+1), 1.0/math.sqrt(2+2*x))

        samples[i, 0] = x
        samples[i, 1] = y

    return samples


@jit(nopython=True)
def column_mean(samples, col):
    # Left to right, as C and Lua sum (numpy's mean is pairwise).
    total = 0.0
    for i in range(samples.shape[0]):
        total += samples[i, col]
    return total / samples.shape[0]


N = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
thin = 100
samples = gibbs(N, thin)
print(f"gibbs N={N} thin={thin}")
print(f"mean x = {column_mean(samples, 0):.6f}, mean y = {column_mean(samples, 1):.6f}")
print(f"last = {samples[N - 1, 0]:.6f} {samples[N - 1, 1]:.6f}")
