# compile error
import numpy as np
b = np.array([(1.5, (1.0, 2.0, 3.0))], dtype=[('x', 'f8'), ('v', 'f8', (3,))])
print(b)
