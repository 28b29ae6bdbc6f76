# adapted from numba/tests/test_jitclasses.py: test_jitclass_usage_from_python / instances created and used inside njit
import numpy as np

from numba import njit, float64, int64
from numba.experimental import jitclass


@jitclass([('x', float64), ('y', float64)])
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)


@jitclass([('count', int64), ('total', float64)])
class Stats:
    def __init__(self):
        self.count = 0
        self.total = 0.0

    def push(self, v):
        self.count += 1
        self.total += v

    @property
    def mean(self):
        return self.total / self.count


@njit
def walk(n):
    p = Vec(0.0, 0.0)
    step = Vec(1.0, 0.5)
    for i in range(n):
        p = p.add(step)
    return p.norm2(), p.x, p.y


@njit
def summarize(a):
    s = Stats()
    for v in a:
        s.push(v)
    return s


print(walk(4))
st = summarize(np.array([1.0, 2.0, 4.5]))
print(st.count, st.total, st.mean)
v = Vec(3.0, 4.0)
print(v.norm2(), v.add(Vec(1.0, 1.0)).x)
