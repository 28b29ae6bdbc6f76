# Assigning a list of numbers to an array slice or to a record field, and
# a number or an array to a whole record field.
import numpy as np
a = np.zeros(4)
a[:] = [1, 2, 3, 4]
print(a)
m = np.zeros((2, 3), dtype=np.int32)
m[:] = [7, 8, 9]
m[1, :] = [1.5, 2.5, 3.5]
print(m)
a[1:3] = [9.5, 8.5]
print(a)
r = np.zeros(3, dtype=np.dtype([('x', np.float64), ('y', np.int32)]))
r['x'][:] = [0.5, 1.5, 2.5]
print(r)
r['y'] = [4, 5, 6]
r['x'] = 2.0
r['y'] = np.arange(3)
print(r, r['x'])
