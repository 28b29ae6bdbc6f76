# adapted from numba/tests/doc_examples/test_jitclass.py: test_ex_jitclass
import numpy as np

from numba import int32, float32
from numba.experimental import jitclass

spec = [
    ('value', int32),
    ('array', float32[:]),
]


@jitclass(spec)
class Bag(object):
    def __init__(self, value):
        self.value = value
        self.array = np.zeros(value, dtype=np.float32)

    @property
    def size(self):
        return self.array.size

    def increment(self, val):
        for i in range(self.size):
            self.array[i] += val
        return self.array

    @staticmethod
    def add(x, y):
        return x + y


n = 5
mybag = Bag(n)
print(isinstance(mybag, Bag), mybag.value, mybag.size)
print(mybag.array)
print(mybag.increment(3))
print(mybag.increment(6))
print(mybag.add(1, 1), Bag.add(1, 2))
