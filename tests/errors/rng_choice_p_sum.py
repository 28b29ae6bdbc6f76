# Generator.choice checks that p sums to 1, with its own wording
import numpy as np
g = np.random.default_rng(1)
print(g.choice(3, p=np.array([0.5, 0.5, 0.5])))
