# Generator.normal checks its scale as numpy does
import numpy as np
g = np.random.default_rng(1)
x = g.normal(0.0, -1.0, 3)
