import itertools
from itertools import cycle, starmap


def add(a, b):
    return a + b


for i, c in zip(range(7), cycle("abc")):
    print(i, c)
n = 0
for v in cycle([1.5, 2.5]):
    n += 1
    if n > 5:
        break
    print(v)
print(list(starmap(add, [(1, 2), (3, 4)])))
for s in itertools.starmap(pow, [(2, 5), (3, 2)]):
    print(s)
print([x * 2 for x in starmap(max, [(1, 9), (7, 3)])])
colors = ["red", "green"]
for k, col in zip(range(3), itertools.cycle(colors)):
    print(k, col)
print(sum(starmap(lambda a, b: a * b, [(1, 4), (2, 5), (3, 6)])))
empty = [1][:0]
for v in cycle(empty):
    print("never", v)
print("done")
