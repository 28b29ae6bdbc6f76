# List comprehensions over tuples whose items differ in type: the element
# is computed per item, the tuple evaluated once; each result keeps its type.
import numpy as np
from numba import njit


@njit
def parts(z):
    return z.real, z.imag, z * 2, abs(z) > 1


def noisy():
    print("evaluated once")
    return 1, 2.5, "x"


t = (1j, 2j, 3.0, "s", 4)
print([v for v in t])
print([v * 2 for v in t])
print([round(v, 3) for v in parts(1 + 2j)[:2]], [v for v in parts(0.5j)])
print([(b, a) for a, b in ((1, 2.5), (3, 4.5), ("a", 1))])
print([v for v in noisy()])
arrs = (np.zeros(2), np.ones((2, 2)))
print([a.ndim for a in arrs], len([a for a in arrs]))
same = [float(v) for v in (1, 2.5, True)]
same.append(7.0)
print(same)
