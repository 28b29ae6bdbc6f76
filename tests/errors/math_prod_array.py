# compile error
import numpy as np
import math

print(math.prod(np.arange(3)))
