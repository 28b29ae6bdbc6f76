# numpy checks geometric's p
import numpy as np
np.random.seed(0)
print(np.random.geometric(1.5))
