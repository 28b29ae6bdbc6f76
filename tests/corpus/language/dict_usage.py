# adapted from numba/tests/test_dictobject.py: dict literal, getitem, get, setdefault, items, keys, values, pop, del
from numba import njit


@njit
def build(n):
    d = {}
    for i in range(n):
        d[i] = i * 1.5
    return d


@njit
def dict_ops(n):
    d = build(n)
    s = 0.0
    for k, v in d.items():
        s += k * v
    total_keys = 0
    for k in d.keys():
        total_keys += k
    vals = [v for v in d.values()]
    missing = d.get(100, -1.0)
    d.setdefault(100, 2.0)
    popped = d.pop(0)
    del d[1]
    return s, total_keys, vals, missing, len(d), popped, 100 in d, 1 in d


@njit
def word_count(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


print(dict_ops(5))
c = word_count(["a", "b", "a", "c", "b", "a"])
print(sorted(c.items()))
