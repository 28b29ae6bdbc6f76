# compile error
import numpy as np
from numba.np import numpy_support

rec = numpy_support.from_dtype(np.dtype([('s', 'S4'), ('x', np.float64)]))
a = np.zeros(3, dtype=rec.typeof('s'))
print(a)
