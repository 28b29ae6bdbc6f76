# adapted from numba/tests/test_typedlist.py: typed List construction, empty_list, methods, slicing
from numba import njit, types
from numba.typed import List


@njit
def build(n):
    l = List.empty_list(types.float64)
    for i in range(n):
        l.append(i * 0.5)
    l.insert(0, -1.0)
    l.extend([10.0, 20.0])
    return l


@njit
def stats(l):
    return len(l), l.index(1.0), l.count(10.0), l[1:3], sum(l)


l = build(4)
print(l)
print(stats(l))
l.reverse()
print(l, l.pop(), l.pop(0))
l.sort()
print(l, 2.0 in l)
