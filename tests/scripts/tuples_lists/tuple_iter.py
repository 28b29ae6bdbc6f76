# Tuples as sequences: real loops over homogeneous tuples, run-time indices,
# enumerate/zip/comprehensions over tuples, unrolled loops over mixed ones.
import numpy as np
from numba import njit


@njit
def total(t):
    s = 0.0
    for x in t:
        s += x
    return s


@njit
def volume(a):
    p = 1
    for i in range(a.ndim):
        p *= a.shape[i]
    return p


@njit
def dot_pairs():
    s = 0
    for a, b in ((1, 2), (3, 4), (5, 6)):
        s += a * b
    return s


@njit
def pick(t, i):
    return t[i]


@njit
def weighted(t):
    s = 0.0
    for i, x in enumerate(t):
        s += i * x
    return s


@njit
def zipped(a, b):
    out = 0.0
    for x, y in zip(a, b):
        out += x * y
    return out


@njit
def squares(t):
    return [x * x for x in t]


@njit
def mixed_sum(t):
    acc = 0.0
    for x in t:
        acc += x
    return acc


@njit
def count_kinds(t):
    n = 0
    for x in t:
        if x == 1:
            continue
        n += 1
    return n


@njit
def sq(x):
    return x * x


@njit
def cube(x):
    return x * x * x


print(total((1.0, 2.5, 3.0)), total((1, 2, 3)))
print(volume(np.zeros((2, 3, 4))), volume(np.zeros(7)))
print(dot_pairs())
print(pick((10, 20, 30), 1), pick((10, 20, 30), -1), pick(("a", "b"), 0))
print(weighted((1.0, 2.0, 4.0)))
print(zipped((1.0, 2.0, 3.0), (4.0, 5.0)))
print(squares((1, 2, 3)))
print(mixed_sum((1, 2.5, True)))
print(count_kinds((1, "one", 2.0, (1, 2))))

for x in (0.25, 2.0, 6.5):
    print(x, x * 2)
for i, x in enumerate((3, 4, 5), 1):
    print(i, x)
for a, b in zip((1, 2), (3.5, 4.5, 5.5)):
    print(a, b)
for a, (b, c) in ((1, (2, 3)), (4, (5, 6))):
    print(a + b + c)
names = ("x", "yy", "zzz")
for i in range(len(names)):
    print(names[i], names[-1 - i], len(names[i]))
print([v * 2 for v in (1, 2, 3)], [c for c in ("a", "b") if c != "a"])
for f in (sq, cube):
    print(f(3), f(1.5))
for v in (1, 2.5, "s", (1, 2), None, np.arange(3)):
    print(v)
for v in (1, "a", 2.5):
    if v == "a":
        continue
    print("kept", v)
else:
    print("done")
for v in (1, 2, 2.5, 4.5):
    if v == 2.5:
        print("found", v)
        break
    print("before", v)
else:
    print("not found")
for arr in (np.array([1, 2, 3]), np.zeros(2), np.array([True, False])):
    print(arr.sum(), arr.dtype)
t = (4, 5, 6)
i = 2
print(t[i], t[i - 3], 5 in t, 7 in t, t + (7,), t * 2, t[1:], t[::-1])
print((1, 2) < (1, 3), (1, 2) == (1, 2), (1, 2) == (1, 2, 3), (1, "a") == (1, "a"))
print(1 == "1", "a" != 2.5, (1, 2) == 3)
