# A helper module imported by the scripts in this folder (not a test).
import math

SCALE = 10
NAME = 'mathutil'
EPS = 1e-9


def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def scaled(x):
    return x * SCALE


def norm2(x, y):
    return math.sqrt(x * x + y * y)


def mean(xs):
    s = 0.0
    for x in xs:
        s += x
    return s / len(xs)
