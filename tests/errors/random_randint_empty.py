# randint of an empty range
import numpy as np
print(np.random.randint(5, 3))
