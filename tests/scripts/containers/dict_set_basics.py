# dicts and sets in plain Python: displays, methods, operators, iteration, del, list slices
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], "one" in d, "four" not in d)
print(d.get("four", 0), d.get("one", 0))
print(d.setdefault("four", 4), d)
print(d.pop("one"), d)
del d["two"]
print(d, list(d.keys()), list(d.values()), list(d.items()))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, v)
e = {}
for i in range(5):
    e[i] = i * 1.5
print(e)
print(sorted(e), sum(e), max(e))
s = {3, 1, 2, 100, 33, 17}
print(s, len(s), 3 in s, 4 in s)
s.add(8)
s.discard(1)
print(s)
t = set([1, 2, 3, 2, 1, 5, 3])
print(t, t | s, t & s, t - s, t ^ s, t <= s, set())
counts = {}
for w in ["a", "b", "a", "c", "b", "a"]:
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
l = [1, 2, 3, 4, 5, 6]
l[1:3] = [9, 9, 9]
del l[0]
print(l)
del l[::2]
print(l)
x = {(1, 2): "a", (3, 4): "b"}
print(x[(3, 4)], x)
print({1.5, 2.5, -0.0, 1e300})
