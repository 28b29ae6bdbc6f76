# sorted/min/max with key= (script functions, lambdas, built-ins) and of
# lists of tuples, ordered as Python orders them (stable, first extreme).
from numba import njit


@njit
def score(a, b):
    return a * a - 3 * b


pairs = [(3, 1), (1, 5), (4, 0), (2, 2)]
scored = [(score(a, b), (a, b)) for a, b in pairs]
print(sorted(scored))
print(sorted(pairs, key=lambda p: score(p[0], p[1]), reverse=True))
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: score(*p)))
print(min(pairs), max(pairs))
words = ["pear", "fig", "banana", "kiwi"]
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w), reverse=True))
print(max(words, key=len), min(words, key=lambda w: w[-1]))
vals = [2.5, -1.0, 3.0, -2.5]
print(sorted(vals, key=abs), sorted(vals, key=lambda v: -v))
ties = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(ties, key=lambda t: t[0]), sorted(ties, key=lambda t: t[0], reverse=True))
print(max(ties, key=lambda t: t[0]), min(ties, key=lambda t: t[0]))


def rank(xs, w):
    return sorted(xs, key=lambda x: x * w), max(xs, key=lambda x: (x - w) ** 2)


print(rank([3, 1, 2], -1), rank([0.5, 4.0], 2))
