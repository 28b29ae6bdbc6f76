# a field name looked up in dtype.fields at run time that is no field
import numpy as np

dt = np.dtype([('x', np.float64), ('y', np.int32)])
for n in ('x', 'z'):
    print(n, dt.fields[n][1])
