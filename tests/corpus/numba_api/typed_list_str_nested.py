# adapted from numba/tests/test_typedlist.py: lists of strings, tuples and typed lists, in and out of jitted code
from numba import njit, types
from numba.typed import List


@njit
def words(n):
    l = List()
    for i in range(n):
        l.append("w" + str(i))
    return l


@njit
def lengths(ls):
    out = List.empty_list(types.int64)
    for l in ls:
        out.append(len(l))
    return out


@njit
def total(l):
    s = 0.0
    for i in range(len(l)):
        s += l[i][0] * l[i][1]
    return s


w = words(3)
print(w)
print(repr(w))
print((w, len(w)))
print("w1" in w, "x" in w, w[-1], w[1:])
for x in w:
    print(x)
nested = List()
for i in range(3):
    inner = List()
    for j in range(i + 2):
        inner.append(j * 1.5)
    nested.append(inner)
print(nested)
print(repr(nested))
print(lengths(nested))
pairs = List()
pairs.append((1, 2.5))
pairs.append((3, 0.5))
print(pairs, total(pairs))
print(list(w), sorted(List([3, 1, 2])), sum(List([1.5, 2.5])))
empty = List.empty_list(types.unicode_type)
print(empty, len(empty), bool(empty))
empty.extend(w)
print(empty == w, empty)
flags = List([True, False])
print(flags, repr(flags))
