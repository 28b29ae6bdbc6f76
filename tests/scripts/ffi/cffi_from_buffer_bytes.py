# ffi.from_buffer(a) in module code is cffi's byte view of the array (char
# elements); typed as "double[]" it views the doubles; both write through.
import numpy as np
from cffi import FFI

ffi = FFI()
a = np.array([1.0, 2.0, 0.5])
raw = ffi.from_buffer(a)
print(raw[0], raw[6], raw[7], raw[15])
raw[23] = b"@"
print(a)
d = ffi.from_buffer("double[]", a)
d[1] = -4.0
print(d[0], d[1], d[2], a)
