# Whole-record assignment: a record from another element, from a record
# read earlier, and from a tuple of field values (nested records take
# nested tuples), at module level and in jitted code.
import numpy as np
from numba import njit

point = np.dtype([("x", np.float64), ("y", np.int32)])
box = np.dtype([("lo", point), ("hi", point), ("tag", np.int16)])


@njit
def rotate(a):
    first = a[0]
    for i in range(a.size - 1):
        a[i] = a[i + 1]
    a[a.size - 1] = first


@njit
def fill(b, k):
    for i in range(b.size):
        b[i] = ((i * 1.5, i), (k, k + i), i + 1)


a = np.zeros(3, dtype=point)
a[0] = (1.5, 2)
a[1] = (2, 3.0)
a[2] = a[0]
print(a)
rotate(a)
print(a)
b = np.zeros(2, dtype=box)
fill(b, 7)
print(b)
b[1] = ((0.25, -1), (0.5, -2), 9)
print(b[1], b[1]["hi"]["y"])
