# compile error
import numpy as np

a = np.zeros(2, dtype=[('x', np.float64), ('s', 'S4')])
print(a[0]['s'])
