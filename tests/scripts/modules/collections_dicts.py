from collections import Counter, OrderedDict, defaultdict

# defaultdict with built-in factories
d = defaultdict(int)
for w in "the cat the dog the end".split():
    d[w] += 1
print(d)
print(d["zzz"], len(d), "zzz" in d)
g = defaultdict(list)
for i in range(10):
    g[i % 3].append(i * i)
print(g)
print(dict(sorted(g.items())), sorted(g.values()))
s = defaultdict(set)
for i in range(6):
    s[i % 2].add(i // 2)
print(s)
fs = defaultdict(float)
fs["x"] += 0.5
print(fs, defaultdict(str))


# a function or lambda factory runs only for a missing key
def half():
    print("making")
    return 0.5


h = defaultdict(half)
h[1] += 1.0
h[1] += 1.0
print(h[1], h[2], sorted(h.items()))
f = defaultdict(lambda: 10)
f["x"] += 1
print(f["x"], f["y"], len(f))


def group(words):
    by_len = defaultdict(list)
    for w in words:
        by_len[len(w)].append(w)
    return sorted(by_len.items())


print(group(["a", "bb", "cc", "d", "eee"]))

# Counter
c = Counter("abracadabra")
print(c)
print(c.most_common(2), c["a"], c["z"], len(c))
print(c.most_common())
c2 = Counter([1, 2, 2, 3, 3, 3])
print(c2, sorted(c2.elements()), c2.total())
c2.update([3, 4])
print(c2)
c2.subtract([3, 3, 3, 3])
print(c2)
e = Counter()
print(e)
for x in [5, 6, 5]:
    e[x] += 1
print(e, e[7], str(e))
a = Counter("aab")
b = Counter("abcc")
print(a + b, a - b, b - a, a | b, a & b)
print(Counter(x % 4 for x in range(10)).most_common(1))
print(Counter({"x": 3, "y": 1}), Counter(list(range(3))), Counter({2.5, 1.5}))
print([c2, Counter("zz")])

# OrderedDict
od = OrderedDict([("a", 1), ("b", 2)])
od["c"] = 3
print(od, list(od.keys()), od["b"], len(od))
print(OrderedDict({"k": 1.5}))

om = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
om.move_to_end("a")
print(om)
om.move_to_end("c", last=False)
print(om, list(om))
om.move_to_end("b", False)
print(om, om["b"], om.popitem())
try:
    om.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
