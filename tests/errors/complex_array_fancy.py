# compile error
import numpy as np
z = np.zeros(3, dtype=np.complex128)
print(z[z.real > 0])
