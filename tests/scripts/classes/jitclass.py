import numpy as np

from numba import njit, float64, int64, int32, float32
from numba.experimental import jitclass


@jitclass([("n", int64), ("data", float64[:]), ("scale", float64)])
class Buffer:
    def __init__(self, n):
        self.n = n
        self.data = np.zeros(n)
        self.scale = 1.0

    def fill(self, v):
        for i in range(self.n):
            self.data[i] = v * i * self.scale

    @property
    def total(self):
        s = 0.0
        for x in self.data:
            s += x
        return s

    @staticmethod
    def twice(x):
        return 2 * x


@jitclass({"count": int32, "last": float32})
class Counter:
    def __init__(self):
        self.count = 0
        self.last = 0

    def push(self, v):
        self.count += 1
        self.last = v
        return self.count


@jitclass
class Pair:
    a: int
    b: float

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def swap_sum(self) -> float:
        return self.a + self.b


@njit
def use_buffer(buf, v):
    buf.fill(v)
    return buf.total


@njit
def make_pairs(n):
    total = 0.0
    for i in range(n):
        p = Pair(i, i * 0.5)
        total += p.swap_sum()
    return total


b = Buffer(4)
print(b.n, b.data, b.scale, b.total)
print(use_buffer(b, 2.0), b.data)
b.scale = 3
b.fill(1.0)
print(b.data, b.total, Buffer.twice(4), b.twice(2.5))
c = Counter()
for v in (1.5, 2.25, 7.0):
    c.push(v)
print(c.count, c.last, isinstance(c, Counter), isinstance(b, Counter))
print(make_pairs(5), Pair(3, 0.25).swap_sum())
