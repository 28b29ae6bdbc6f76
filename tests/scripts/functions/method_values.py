# Methods used as values in plain code: `key=d.get`, `f = obj.method`,
# `map(str.upper, words)`. The function reads its receiver when called.
from numba import njit


class Counter:
    def __init__(self, start):
        self.n = start

    def bump(self, k):
        self.n += k
        return self.n


@njit
def total(xs):
    s = 0
    for x in xs:
        s += x
    return s


d = {"a": 3, "b": 1, "c": 2}
print(sorted(d, key=d.get), sorted(d, key=d.get, reverse=True))
print(max(d, key=d.get), min(d.keys(), key=d.get))
words = ["Banana", "apple", "Cherry", "date"]
print(sorted(words, key=str.lower))
print(min(words, key=str.lower), max(words, key=str.casefold))
print(list(map(str.upper, words)))
print(list(filter(str.istitle, words)))
print(sorted(words, key=len))
print(tuple(map(str.strip, [" x ", "y  "])))

pop = d.pop
print(pop("a"), pop("c"), d)

c = Counter(10)
f = c.bump
print(f(1), f(2), c.n)

seen = []
add = seen.append
for w in words:
    add(w.lower())
print(seen, total([len(w) for w in seen]))

# Empty containers at module level filled through a method value or from
# a function take the element type of what is stored.
s = set()
put = s.add
put(4)
put(3)
put(4)
print(sorted(s), len(s))

t = set()


def fill(x):
    t.add(x * 2)


fill(5)
fill(1)
print(sorted(t))

lower = str.lower
print(lower("ABC"), list(map(lower, ["XyZ", "Q"])))
