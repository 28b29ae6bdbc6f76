# adapted from the plain-Python result tables Numba users build around jitted kernels: dict/set comprehensions, Counter, defaultdict
from collections import Counter, defaultdict

from numba import njit


@njit
def digit_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


table = {n: digit_sum(n) for n in range(95, 105)}
print(table)
groups = defaultdict(list)
for n, s in table.items():
    groups[s].append(n)
print(dict(sorted(groups.items())))
print(Counter(digit_sum(n) for n in range(100)).most_common(3))
print({digit_sum(n) % 3 for n in range(20)}, sorted(table, key=table.get)[:3])
del table[95]
print(len(table), 95 in table, list(table.values())[:4])
