# SeedSequence takes non-negative ints only
import numpy as np
s = -3
g = np.random.default_rng(s)
