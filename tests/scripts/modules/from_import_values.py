# from <module> import module-level constants (not only functions).
from mathutil import SCALE, NAME, EPS, scaled
from geometry import ORIGIN
from math import pi, e, inf

print(SCALE, NAME, EPS, scaled(2))
print(ORIGIN, ORIGIN[0] + 1.0)
print(pi, e, inf, -inf)


def uses_constants(x):
    return x * SCALE + pi


print(uses_constants(1.0), uses_constants(2))
