# adapted from numba/tests/test_dictobject.py and test_typedlist.py: typed Dict.empty in and out of jitted code, List from elements
import numpy as np

from numba import njit, types
from numba.typed import Dict, List

counts = Dict.empty(key_type=types.unicode_type, value_type=types.int64)
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(len(counts), counts["the"], "dog" in counts)


@njit
def total(d):
    s = 0
    for k in d:
        s += d[k]
    return s


@njit
def squares(n):
    d = Dict.empty(key_type=types.int64, value_type=types.float64)
    for i in range(n):
        d[i] = i * i / 2
    return d


print(total(counts))
sq = squares(5)
print(sq)
print(sorted(sq.keys()), sq[3])
del sq[0]
print(sq, sq.pop(4))
arrs = Dict.empty(key_type=types.int64, value_type=types.float64[:])
arrs[1] = np.arange(3.0)
arrs[2] = np.ones(2)
print(arrs)
nums = List([3, 1, 2])
nums.append(5)
print(nums, len(nums), sum(nums))
grid = List([List([1.5, 2.0]), List([3.0])])
print(grid, grid[0][1])


@njit
def add_all(l):
    t = 0.0
    for x in l:
        t += x
    return t


print(add_all(List([0.5, 1.5, 2.0])))
