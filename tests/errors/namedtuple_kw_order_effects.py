# compile error
# keywords out of field order would be evaluated in the wrong order
from collections import namedtuple

Point = namedtuple("Point", "x y")


def f(v):
    print(v)
    return v


print(Point(y=f(1), x=f(2)))
