# str() and f-strings of dtype.fields, dtype.descr and cffi ctypes
import numpy as np
from cffi import FFI
dt = np.dtype([('a', np.float64), ('b', np.int16)])
f = dt.fields
print(str(dt.fields), f"{f} and {dt.descr}!")
s = str(dt.descr)
print(len(s), s)
ffi = FFI()
print("type: " + str(ffi.typeof('int[]')))
