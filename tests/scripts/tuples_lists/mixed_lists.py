# Lists whose elements differ in type, in module code: CPython keeps each
# element's type (iterated, indexed, sliced, unpacked, printed, len).
import numpy as np
from numba import njit


@njit
def double(x):
    return x * 2


@njit
def square(x):
    return x * x


xs = [1, 2.5, "three", (4, 5)]
print(xs, len(xs))
for x in xs:
    print(x, double(x) if isinstance(x, (int, float)) else x * 2)
print(xs[0], xs[-1], xs[1:3], xs[::-1])
a, b, c, d = xs
print(a, b, c, d)
print(tuple(xs), bool(xs), isinstance(xs, list))

for f in [double, square]:
    print(f.__name__, f(3), f(1.5))

mixed = [np.float64(1), 2, 3.5]
print(mixed)
pairs = [((1, 2), (1, 2)), ((1, 2, 3), (1, 2, 4))]
for p, q in pairs:
    print(p, q, p == q, p < q)

total = 0.0
for i, v in enumerate([1, 2.5, True]):
    total += v * i
print(total)

nested = [[1, "a"], [2, "b"]]
print(nested, nested[1][1])


def show(*args):
    print(len(args), args)


show(*xs)
