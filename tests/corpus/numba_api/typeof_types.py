# adapted from numba/tests/test_typeof.py: typeof of scalars, arrays, tuples, records
import numpy as np

from numba import typeof

values = [1, 2.5, 1j, True, np.int32(3), np.float32(1.0), (1, 2), (1, 2.5),
          np.zeros(3), np.zeros((2, 2), dtype=np.int16), np.zeros((3, 3))[:, ::2],
          np.zeros((2, 3), order='F'), "abc"]
for v in values:
    print(repr(v) if not isinstance(v, np.ndarray) else v.shape, typeof(v))
rec = np.zeros(1, dtype=[('a', np.int32), ('b', np.float64)])
print(typeof(rec))
print(typeof(rec[0]))
