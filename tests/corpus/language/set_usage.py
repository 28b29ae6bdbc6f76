# adapted from numba/tests/test_sets.py: constructor_usecase, add_discard_usecase, union_usecase, intersection_usecase, unique_usecase
from numba import njit


@njit
def unique_usecase(src):
    seen = set()
    res = []
    for v in src:
        if v not in seen:
            seen.add(v)
            res.append(v)
    return res


@njit
def set_algebra(a, b):
    sa = set(a)
    sb = set(b)
    u = sa | sb
    i = sa & sb
    d = sa - sb
    x = sa ^ sb
    return len(u), len(i), len(d), len(x), sa.issubset(u), sa.isdisjoint(sb)


@njit
def add_discard(a, u, v):
    s = set(a)
    for i in range(1000):
        s.add(u)
        s.discard(v)
    return len(s)


print(unique_usecase([1, 2, 3, 2, 1, 5, 3]))
print(set_algebra([1, 2, 3, 4], [3, 4, 5]))
print(set_algebra([1, 2], [3, 4]))
print(add_discard([1, 2, 3], 4, 1))
s = set([3, 1, 2])
print(sorted(s), 2 in s)
