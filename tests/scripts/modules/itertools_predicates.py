from itertools import takewhile, dropwhile, filterfalse, compress, cycle
import itertools


def small(v):
    print("test", v)
    return v < 3


print(list(takewhile(small, [1, 2, 5, 1])))
print(list(dropwhile(small, [1, 2, 5, 1, 7])))
print(list(filterfalse(lambda v: v % 2, range(8))), list(filterfalse(None, [0.0, 1.5, 0.0, 2.0])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress([1.5, 2.5, 3.5], [True, False])))
for w in itertools.takewhile(lambda s: s != "stop", ["go", "on", "stop", "never"]):
    print(w)
print(sum(dropwhile(lambda v: v < 10, [1, 12, 3, 40])))
print(list(itertools.islice(dropwhile(lambda v: v < 2, cycle([1, 2, 3])), 5)))
print(list(filterfalse(None, ["", "a", "", "b"])))
