# Importing math names in different ways.
import math as m
from math import sqrt, pi, floor
from math import log as ln, e

print(m.sqrt(9.0), sqrt(9.0), m.pi == pi, floor(2.5))
print(ln(e), ln(100.0, 10.0), m.log10(100.0))


def circle_area(r):
    return pi * r * r


def dist(x1, y1, x2, y2):
    return sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2)


print(circle_area(1.0), circle_area(2), dist(0.0, 0.0, 3.0, 4.0), dist(1, 1, 4, 5))
print(m.inf > 1e308, -m.inf < -1e308, m.nan != m.nan)
