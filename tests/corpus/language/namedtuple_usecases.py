# adapted from numba/tests/test_tuples.py: TestNamedTuple (make_point, make_point_kws, getattr_usecase)
import collections

from numba import njit

Point = collections.namedtuple('Point', ('x', 'y', 'z'))
Rect = collections.namedtuple('Rect', ('width', 'height'))


@njit
def make_point(a, b, c):
    return Point(a, b, c)


@njit
def make_point_kws(a, b, c):
    return Point(z=c, y=b, x=a)


@njit
def getattr_usecase(tup):
    return tup.z, tup.y, tup.x


@njit
def area(r):
    return r.width * r.height


p = make_point(1, 2, 3)
print(p)
print(make_point_kws(1.5, 2, 3))
print(getattr_usecase(Point(4, 5, 6)))
print(area(Rect(3, 4)), area(Rect(2.5, 2)))
print(p.x + p.y + p.z, p[1], len(p))
