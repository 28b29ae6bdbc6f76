# sum/min/max/sorted, comprehensions, [0] * n, enumerate, zip, reversed.
xs = [5, 3, 8, 1, 9, 2]
print(sum(xs), min(xs), max(xs), len(xs))
print(sorted(xs), xs)
print(sorted(xs, reverse=True))
fs = [0.5, -1.25, 3.0, 2.75]
print(sum(fs), min(fs), max(fs), sorted(fs))
print([x * x for x in range(8)])
print([x for x in xs if x % 2 == 1])
print([x / 2 for x in xs])
print([i + j for i in range(3) for j in range(3) if i != j])
print([0] * 5, [0.0] * 3, ['-'] * 4)
zeros = [0] * 4
zeros[2] = 7
print(zeros)
for i, x in enumerate(xs):
    print(i, x, end='; ')
print()
for i, x in enumerate(fs, 1):
    print(i, x, end='; ')
print()
names = ['a', 'b', 'c']
vals = [1.0, 2.0, 3.0]
for n, v in zip(names, vals):
    print(n, v)
for p, q in zip(range(10), xs):
    print(p * q, end=' ')
print()
for i in reversed(range(5)):
    print(i, end=' ')
print()
for i in reversed(range(0, 10, 3)):
    print(i, end=' ')
print()
for x in reversed(xs):
    print(x, end=' ')
print()
pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
print(pairs)
print(pairs[1], pairs[2][1])
for num, word in pairs:
    print(num, word)
pts = [(0.5, 1.5), (2.0, -1.0)]
print(pts)
print(list(zip([1, 2, 3], [4.0, 5.0, 6.0])))
print(list(enumerate(['x', 'y'])))
print(sum([x * 0.5 for x in range(10)]))
print(max([abs(x - 4) for x in xs]))
print([1.0, 0.1, 1e16, 1e-5, -0.0, 2.5e-300])
print([True, False], [[1.5], [2.5, 3.5]])
print(sum(range(101)), min(range(3, 9)), max([3.5, 9.25]))
