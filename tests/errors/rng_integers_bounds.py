# a bound outside the dtype's range is numpy's ValueError
import numpy as np
g = np.random.default_rng(3)
print(g.integers(0, 300, 4, dtype=np.uint8))
