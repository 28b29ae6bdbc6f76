# adapted from plain-Python driver code around jitted functions: sorted/min/max with key=, lambda, enumerate
from numba import njit


@njit
def score(a, b):
    return a * a - 3 * b


pairs = [(3, 1), (1, 5), (4, 0), (2, 2)]
scored = [(score(a, b), (a, b)) for a, b in pairs]
print(sorted(scored))
print(sorted(pairs, key=lambda p: score(p[0], p[1]), reverse=True))
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: score(*p)))
best = sorted(enumerate(pairs), key=lambda t: -t[1][0])[0]
print(best)
square = lambda x: x * x
print(list(map(square, [1, 2, 3])), list(filter(lambda v: v % 2, range(7))))
