# compile error
import numpy as np

data = b"\x01\x00\x00\x00"
a = np.frombuffer(data, dtype=np.int32)
a[0] = 2
print(a)
