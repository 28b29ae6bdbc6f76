# cross products of 3-vectors only
import numpy as np
print(np.cross(np.arange(3.0), np.arange(3.0)))
print(np.cross(np.arange(4.0), np.arange(4.0)))
