from enum import Enum, IntEnum, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Shape(IntEnum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = 10

class Level(Enum):
    LOW = 0.5
    HIGH = 2.5
    TOP = 2.5

print(Color.RED)
print(Color.RED.name, Color.RED.value)
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED is Color.RED)
for c in Color:
    print(c, repr(c), c.name, c.value)
c = Color.GREEN
print(c == Color.GREEN, c != Color.BLUE, c is Color.GREEN, c is not Color.GREEN)
print([c], (c, Color.BLUE), f"{c}", "%s" % c, str(c))
print(Color(3), Color['BLUE'], Color(3) is Color.BLUE)
print(Shape.CIRCLE, Shape.SQUARE + 1, Shape.TRIANGLE * 2, Shape.SQUARE == 2, Shape.SQUARE > 1)
print(repr(Shape.TRIANGLE), [Shape.CIRCLE], int(Shape.TRIANGLE))
print(Level.TOP, Level.TOP.name, Level.HIGH is Level.TOP, [m for m in Level])
print(Color.RED == 1, Color.RED != 1)
names = [m.name for m in Shape]
print(names)
def pick(k):
    if k > 1:
        return Color.BLUE
    return Color.RED
x = pick(2)
print(x, x.value, x.name)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
print(Color.__name__)
print(c in (Color.RED, Color.GREEN), Color.BLUE in (Color.RED, Color.GREEN))
print([c for c in Color])
d = {Color.RED: 1, Color.GREEN: 2}
d[Color.RED] += 5
print(d[Color.RED], d)
print(Color)
counts = {}
for c in [Color.GREEN, Color.RED, Color.GREEN]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(len(Color), len(Level), Color.RED in Color, c not in Color, Shape.CIRCLE in Color)
s = Shape.SQUARE
print(-s, +s, ~s, -Shape.TRIANGLE)
print("%d %r %x %s %5.1f" % (s, s, Shape.TRIANGLE, s, Shape.CIRCLE), "%r" % s, "%s|%r" % (c, c))
print(f"{s:>4}|{s:.2f}|{c:>14}|{c!r}|{Level.LOW:<12}|", format(s, "03d"))
print("{:>12} {!r} {:03d}".format(Color.RED, s, Shape.CIRCLE))
members = list(Level)
members.append(Level.TOP)
print(list(Color), list(Shape), members, [m.value for m in list(Shape)])


class Zero(Enum):
    POS = 0.0
    NEG = -0.0
    INF = 1e309


print(list(Zero), Zero.NEG, Zero.NEG.value, Zero.NEG is Zero.POS, Zero(-0.0), len(Zero), Zero(1e309))
