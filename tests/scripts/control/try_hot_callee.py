# An exception raised in a compiled loop of a callee lands in the caller's handler.
import numpy as np


def total(a, n):
    s = 0.0
    for i in range(n):
        s += a[i]
    return s


def safe(a, n):
    try:
        return total(a, n)
    except IndexError as e:
        print("caught:", e)
        return -1.0


a = np.arange(10.0)
for n in (5, 10, 12, 3):
    print(safe(a, n))
