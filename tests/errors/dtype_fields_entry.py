# compile error
import numpy as np

dt = np.dtype([('x', np.float64), ('y', np.int32)])
entry = dt.fields['x']
print(entry)
