import itertools
from itertools import product, permutations, combinations, combinations_with_replacement, chain, islice, accumulate, pairwise, repeat, zip_longest, count

for a, b in product([1, 2], "xy"):
    print(a, b, end="; ")
print()
print(list(product(range(2), repeat=3)))
print(list(permutations([1, 2, 3], 2)))
print(list(permutations("abc", 3))[:4])
print(list(combinations(range(5), 3)))
print(list(combinations_with_replacement("ab", 3)))
print([x * 2 for x in chain([1, 2], [3], range(4, 6))])
print(list(islice(range(100), 5)), list(islice("abcdefg", 1, 6, 2)), list(islice([1, 2, 3], 1, None)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([0.5, 0.25])))
print(list(pairwise([1, 5, 2, 8])))
print(list(repeat("ab", 3)), [r for r in repeat(2, 5)])
print(list(zip_longest([1, 2, 3], [10], fillvalue=0)))
for i in count(10, 5):
    if i > 30:
        break
    print(i, end=" ")
print()
for i, c in enumerate(islice("abcdef", 3)):
    print(i, c)
s = 0
for p in itertools.permutations(range(6), 6):
    s += p[0] * p[5]
print(s)
print(sum(1 for _ in combinations(range(10), 4)))
print(list(permutations([1, 2], 3)), list(combinations([1], 2)))
import numpy as np

arr = np.arange(4.0)
print([a + b for a, b in combinations(arr, 2)])
print(list(chain("ab", "cd")), list(pairwise("abc")))
words = ["x", "yy"]
print([w * n for w, n in product(words, [1, 2])])


def pairs_sum(xs):
    t = 0
    for a, b in combinations(xs, 2):
        t += a * b
    return t


print(pairs_sum([1, 2, 3, 4]), pairs_sum([5]))
