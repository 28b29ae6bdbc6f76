# Lists mixing ints and floats: a list display iterated by a for loop keeps
# each element's type, as CPython does; numpy takes mixed lists as it always
# does. (A jitted function unifies them as Numba does: the corpus's
# language/list_unify.py.)
import numpy as np
from numba import njit


@njit
def walk():
    s = 0.0
    for x in [1, 2, 3]:
        s += x
    return s


print(walk())
for p in [(4, 5), (4, 5.5)]:
    print(p)
for x in [1, "a", 2.5, None]:
    print(x)
print(np.array([1, 2.5, 3]), np.array([[1.5, 2], [3.5, 4]]))
print([1, 2, 3], [1.5, 2.5], [(1, 2), (3, 4)])
