# Generator.choice (with and without replacement, p=), shuffle and permutation:
# numpy's draws (Lemire, Floyd's algorithm, tail shuffles), in jitted code too
import numpy as np
g = np.random.default_rng(5)
print(repr(g.choice(10)), repr(g.choice(np.array([1.5, 2.5, 3.5]))), repr(g.choice(np.arange(5), 3)), repr(g.choice(5, 3, replace=False)))
print(repr(g.choice(np.array([10, 20, 30]), p=np.array([0.2, 0.3, 0.5]))), g.choice(4, (2, 2), p=np.array([0.1, 0.2, 0.3, 0.4])), g.choice(6, 4, replace=False, p=np.array([0.1, 0.2, 0.3, 0.2, 0.1, 0.1])))
print(g.choice(20000, 5, replace=False), g.choice(20000, 500, replace=False)[:5])
a = np.arange(10)
g.shuffle(a)
print(a, g.permutation(7), g.permutation(np.array([1., 2., 3., 4.])))
l = [1, 2, 3, 4, 5]
g.shuffle(l)
print(l)
b = np.arange(12).reshape(4, 3)
g.shuffle(b)
print(b)
print(g.permutation(b))
print(g.choice(np.array([1, 2, 3]), size=(1, 2), replace=False), g.choice(0, 0), g.choice(4, 4, replace=False))
from numba import njit


@njit
def mix(gen, a):
    gen.shuffle(a)
    return gen.permutation(5), gen.permutation(a), a


g = np.random.default_rng(8)
a = np.arange(6.0)
print(mix(g, a))
print(a, g.integers(0, 100))
m = np.arange(8).reshape(4, 2)
print(mix(g, m)[2])
words = ["a", "b", "c", "d"]
g.shuffle(words)
print(words, g.choice(np.array([True, False]), 4), g.choice(np.array([1.0, 2.0]), 2, p=np.array([0.0, 1.0])))
