# sets of numbers iterate and print in CPython's hash-table order
s = {3, 1, 2, 100, 33, 17}
print(s)
t = set()
for v in [64, 8, 1, 1000, 72, 9, 17, 5, 40, 3]:
    t.add(v)
print(t)
t.discard(1000)
t.add(2000)
print(t, len(t))
u = set([-1, -2, 7, 15, 31, 2 ** 40])
print(u, u | t, u & {7, 15, 99}, t - {8, 9}, {1, 2, 3} ^ {3, 4})
f = {0.5, 1.5, -3.25, 1e20, 2.0}
print(f)
p = {(1, 2), (3, 4), (0, 0), (5, 1)}
print(p, (3, 4) in p)
r = set(range(20, 0, -3))
print(r)
q = r.copy()
q |= {100, 200}
q -= {2, 5}
print(q, r <= q, r < r, r == set(range(20, 0, -3)), r.isdisjoint({0}))
total = 0
for v in q:
    total += v
print(total, sorted(q), min(q), max(q), sum(q))
x = {5, 6, 7, 8}
print(x.pop(), x.pop(), x)
