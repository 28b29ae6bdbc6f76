# list slice assignment, del of items and slices, sorting tuples
l = list(range(10))
l[2:5] = [20, 30]
print(l)
l[::3] = [0, 0, 0]
print(l)
l[len(l):] = [99]
print(l)
del l[1]
del l[-2:]
print(l)
del l[::2]
print(l)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, reverse=True))
pairs.sort()
print(pairs)
x = 5
del x
e = []
e.append(42)
e.append(1)
print(e, e.index(42))
