import numpy as np

ba = bytearray(10)
a = np.frombuffer(ba, dtype=np.float64)
print(a)
