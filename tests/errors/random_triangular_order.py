# triangular's mode must lie between left and right
import numpy as np
print(np.random.triangular(0.0, 4.0, 3.0, 2))
