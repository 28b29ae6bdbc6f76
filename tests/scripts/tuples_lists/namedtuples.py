# collections.namedtuple: defined at module level, built by position and by
# keyword, read by field name and index, unpacked, printed, passed to and
# returned from jitted functions.
import collections
from collections import namedtuple

import numpy as np
from numba import njit

Point = collections.namedtuple("Point", ("x", "y"))
Span3 = namedtuple("Span3", "lo hi step")
Pair = namedtuple("Pair", ["first", "second"])
Mixed = namedtuple("Mixed", "name, value")


@njit
def norm2(p):
    return p.x * p.x + p.y * p.y


@njit
def shifted(p, d):
    return Point(p.x + d, y=p.y + d)


@njit
def first_elems(a):
    return Point(a[0], a[1])


@njit
def span_len(s):
    lo, hi, step = s
    return (hi - lo) // step


@njit
def by_index(p):
    return p[0] - p[1], len(p)


p = Point(1, 2.5)
print(p)
print(p.x, p.y, p[0], p[1], p[-1], len(p))
x, y = p
print(x, y)
print(Point(y=3, x=4))
print(Span3(0, 10, 2), span_len(Span3(0, 10, 2)))
print(Pair("a", [1, 2]))
print(Mixed(name="n", value=1.5))
print(norm2(Point(3, 4)), norm2(Point(0.5, 1.5)))
print(shifted(Point(1, 2), 10))
print(first_elems(np.arange(4.0)))
print(by_index(Point(7, 3)))
print(tuple(p), p[:1])
pts = [Point(i, i * i) for i in range(3)]
print(pts)
print(sum(q.y for q in pts))
for q in pts:
    print(q.x + q.y, end=" ")
print()
print((p, 3))
print(isinstance(p, tuple), hasattr(p, "x"), hasattr(p, "z"), getattr(p, "y"))
