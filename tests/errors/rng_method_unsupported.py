# compile error
import numpy as np
g = np.random.default_rng(1)
print(g.hypergeometric(5, 5, 3))
