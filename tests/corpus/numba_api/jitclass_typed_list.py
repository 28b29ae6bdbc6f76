# adapted from numba/tests/test_jitclasses.py (test_jitclass_in_typed_list): typed.List of jitclass instances, filled in Python and in jitted code
import numpy as np
from numba import njit, int32, float64
from numba.experimental import jitclass
from numba.typed import List


@jitclass([("value", int32), ("w", float64)])
class Item(object):
    def __init__(self, value, w=0.5):
        self.value = value
        self.w = w

    def score(self):
        return self.value * self.w


items = List()
for i in range(4):
    items.append(Item(i, i + 0.25))
print(len(items), items[2].value, items[3].score())


@njit
def best(items):
    b = items[0]
    for it in items:
        if it.score() > b.score():
            b = it
    return b.value, b.score()


print(best(items))


@njit
def build(n):
    out = List()
    for i in range(n):
        out.append(Item(i, 0.5))
    return out


made = build(3)
print(len(made), made[1].w, [x.value for x in made])
items[0] = Item(10, 1.0)
print(items[0].score(), best(items))
plain = [Item(1, 0.5), Item(2, 2.0)]
print(best(List(plain)))
