# unravel_index of an index past the shape
import numpy as np
print(np.unravel_index(12, (3, 4)))
