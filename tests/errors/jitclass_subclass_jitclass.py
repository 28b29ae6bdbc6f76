# compile error
# a jitclass extending a jitclass (Numba: cannot subclass from a jitclass)
from numba import int32
from numba.experimental import jitclass


@jitclass([("value", int32)])
class Base(object):
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


@jitclass([("value", int32)])
class Child(Base):
    def twice(self):
        return self.get() * 2


print(Child(3).twice())
