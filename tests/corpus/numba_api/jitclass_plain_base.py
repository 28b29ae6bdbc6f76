# adapted from numba/tests/test_jitclasses.py (a jitclass whose class inherits methods from a plain Python class, overriding one)
from numba import int32, float64, njit
from numba.experimental import jitclass


class Base(object):
    def __init__(self, value):
        self.value = value
        self.w = 1.5

    def get(self):
        return self.value

    def weighted(self):
        return self.get() * self.w


@jitclass([("value", int32), ("w", float64)])
class Child(Base):
    def twice(self):
        return self.get() * 2

    def get(self):
        return self.value + 1


c = Child(3)
print(c.twice(), c.weighted(), isinstance(c, Child))


@njit
def use(c):
    return c.twice() + c.weighted()


print(use(c))
