# dicts built and used in jitted code (Numba typed dicts; int and float keys and values print alike)
from numba import njit


@njit
def build(n):
    d = {}
    for i in range(n):
        d[i] = i * 1.5
    return d


@njit
def word_count(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


@njit
def ops(n):
    d = build(n)
    total = 0.0
    for k, v in d.items():
        total += k * v
    d.setdefault(100, 2.0)
    popped = d.pop(0)
    del d[1]
    keys = 0
    for k in d:
        keys += k
    return total, popped, len(d), keys, 100 in d, 1 in d


print(build(4))
c = word_count(["a", "b", "a", "c", "b", "a"])
print(sorted(c.items()), len(c), c["a"])
print(ops(6))
for i in range(30):
    d = build(i % 5)
    if len(d) > 3:
        print(i, d[3])
