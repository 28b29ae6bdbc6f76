from itertools import cycle, islice
import itertools


def gen(n):
    i = 0
    while i < n:
        print("pull", i)
        yield i
        i += 1


for v in islice(gen(10), 3):
    print(v)
print(list(islice(gen(10), 2, 8, 3)))
print(list(islice(gen(10), 5, 3)))
print(list(islice(gen(4), 1, None)))
print(list(islice(gen(6), None, 4, 2)))
print(list(islice(gen(3), 0)))
g = gen(6)
print(list(islice(g, 2)), list(g))
print(list(islice(cycle("abc"), 7)))
print([x * 10 for x in itertools.islice(cycle([1, 2]), 1, 6)])
for i, c in enumerate(islice(cycle("xy"), 3)):
    print(i, c)
try:
    print(list(islice(gen(3), -1)))
except ValueError as e:
    print("ValueError:", e)
try:
    print(list(islice(gen(3), 0, 2, 0)))
except ValueError as e:
    print("ValueError:", e)
try:
    print(list(islice(gen(3), -1, 2)))
except ValueError as e:
    print("ValueError:", e)
for i, x in zip(islice(cycle([1, 2]), 3), cycle("ab")):
    print(i, x)
print(sum(islice(cycle([1.5]), 4)), sorted(islice(cycle([3, 1, 2]), 4)))
