# Generator.triangular checks the order of its points
import numpy as np
g = np.random.default_rng(2)
print(g.triangular(0.0, 5.0, 3.0))
