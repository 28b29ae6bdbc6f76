# Unpacking lists, arrays and strings: the length is checked when the
# assignment runs (CPython's messages in module code; Numba raises a
# ValueError without one in jitted code); arrays unpack into elements or rows.
import numpy as np
from numba import njit


@njit
def total3(l):
    a, b, c = l
    return a + b + c


@njit
def rows(a):
    x, y = a
    return x, y


@njit
def swap_sort(arr):
    a, b = arr
    arr[0], arr[1] = ((a, b) if a <= b else (b, a))
    return arr


print(rows(np.arange(4.0).reshape(2, 2)))
print(swap_sort(np.array([3.5, 1.5])), swap_sort(np.array([1, 2])))
for v in ([1, 2, 3], [1, 2], [1, 2, 3, 4]):
    try:
        print(total3(v))
    except ValueError:
        print("ValueError")
for arr in (np.arange(3), np.arange(4)):
    try:
        print(total3(arr))
    except ValueError:
        print("ValueError")
for seq in ([1, 2, 3], [1, 2], [1, 2, 3, 4]):
    try:
        a, b, c = seq
        print(a, b, c)
    except ValueError as e:
        print("ValueError", e)
for text in ("abc", "ab"):
    try:
        s, t, u = text
        print(s, t, u)
    except ValueError as e:
        print("ValueError", e)
for farr in (np.arange(3.0), np.arange(5.0)):
    try:
        x, y, z = farr
        print(x, y, z)
    except ValueError as e:
        print("ValueError", e)
first, (second, third) = [1, 2], "xy"
print(first, second, third)
