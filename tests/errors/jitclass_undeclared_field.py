# compile error
# a jitclass assigns only its declared fields
from numba import float64
from numba.experimental import jitclass


@jitclass([("x", float64)])
class P:
    def __init__(self, x):
        self.x = x
        self.y = 2 * x


p = P(1.0)
print(p.x)
