# an empty range is numpy's ValueError
import numpy as np
g = np.random.default_rng(1)
print(g.integers(3, 7))
print(g.integers(5, 5))
