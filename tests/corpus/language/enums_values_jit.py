# adapted from numba/tests/test_enums.py and enum_usecases.py: float-valued members returned from jitted code, .value of arrays, IntEnum arithmetic and indexing
from enum import Enum, IntEnum
from numba import njit
import numpy as np

class Level(Enum):
    LOW = 0.5
    HIGH = 2.5

class Shape(IntEnum):
    A = 1
    B = 2

class Color(Enum):
    RED = 1
    GREEN = 2

@njit
def pick(x):
    if x > 1.0:
        return Level.HIGH
    return Level.LOW

@njit
def scale(lv, a):
    return a * lv.value

@njit
def mix(s, f):
    return s * 3 + Shape.B, s // 2, s == 1, s < Shape.B

@njit
def count(cs, target):
    n = 0
    for c in cs:
        if c == target:
            n += 1
    return n

@njit
def arr(s):
    a = np.zeros(3)
    a[s.value] = 5.0
    return a

r = pick(2.0)
print(r, r is Level.HIGH, pick(0.1))
print(scale(Level.HIGH, np.arange(3.0)))
print(mix(Shape.B, 1.5))
print(count([Color.RED, Color.GREEN, Color.RED], Color.RED))
print(arr(Shape.B))
print(-Shape.B)


@njit
def reds(cs):
    out = []
    for c in cs:
        if c is Color.RED:
            out.append(c)
    return out


@njit
def pair(s):
    return (s, Color.RED), s + 1


print(reds([Color.RED, Color.GREEN, Color.RED]))
print(pair(Shape.B))
