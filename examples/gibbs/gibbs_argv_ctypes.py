# The seed's Gibbs sampler as its users run it: the C library's path is the
# first command-line argument, opened through ctypes by rng_argv_ctypes.py.
#
#   rumba run examples/gibbs/gibbs_argv_ctypes.py examples/rng/librandomkit.so [N] [thin]
#   PYTHONPATH=tests/oracle python3 examples/gibbs/gibbs_argv_ctypes.py examples/rng/librandomkit.so [N] [thin]
#
# It prints what gibbs_ctypes.py prints.
import math
import sys

import numpy as np
from numba import jit

import rng_argv_ctypes as rng


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
    # A plain left-to-right sum, so the result does not depend on how a
    # library sums (numpy's mean sums pairwise).
    total = 0.0
    for i in range(samples.shape[0]):
        total += samples[i, col]
    return total / samples.shape[0]


N = 10000
thin = 100
if len(sys.argv) > 2:
    N = int(sys.argv[2])
if len(sys.argv) > 3:
    thin = int(sys.argv[3])

samples = gibbs(N, thin)
print(f"gibbs N={N} thin={thin}")
print(f"mean x = {column_mean(samples, 0):.6f}")
print(f"mean y = {column_mean(samples, 1):.6f}")
for i in range(3):
    print(f"sample {i}: {samples[i, 0]:.6f} {samples[i, 1]:.6f}")
print(f"sample {N - 1}: {samples[N - 1, 0]:.6f} {samples[N - 1, 1]:.6f}")
print(gibbs.signatures)
