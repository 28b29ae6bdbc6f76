# a sample without replacement no larger than the population
import numpy as np
g = np.random.default_rng(1)
print(g.choice(np.arange(4), 5, replace=False))
