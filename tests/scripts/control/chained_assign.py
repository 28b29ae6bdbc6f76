# Chained assignment: every target gets the value (computed once).
import numpy as np
from numba import njit


@njit
def counters(n):
    left = right = 0
    for i in range(n):
        left += i
        right -= i
    a = b = c = np.zeros(2)
    a[0] = 1.0
    return left, right, b[0], c[0]


def calls():
    print("called")
    return 7


x = y = calls()
x += 1
print(x, y, counters(5))
p = (q, r) = (1.5, 2)
print(p, q, r)
