# compile error
import numpy as np

dt = np.dtype([('x', np.float64), ('y', np.int32)])
for n in ['x', 'y']:
    print(dt.fields[n][0])
