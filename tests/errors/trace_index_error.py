# An index error hundreds of iterations into a hot loop, inside a call the
# trace inlines.
import numpy as np


def get(a, i):
    return a[i]


def total(a, n):
    s = 0.0
    for i in range(n):
        s += get(a, i)
    return s


a = np.ones(500)
print(total(a, 500))
print(total(a, 501))
