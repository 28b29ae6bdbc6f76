# A range loop whose stop lies beyond the array: the check the JIT hoists
# before the loop fails, and the interpreter raises at the first index out
# of bounds, as it would without the JIT.
import numpy as np


def fill(a, n):
    for j in range(n):
        a[j] = j
    return a[n // 2]


a = np.zeros(300, dtype=np.int64)
print(fill(a, 300))
print(fill(a, 200))
print(fill(a, 301))
