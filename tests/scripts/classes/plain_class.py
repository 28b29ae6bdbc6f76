class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def move(self, dx, dy=0):
        self.x += dx
        self.y += dy

    @property
    def total(self):
        return self.x + self.y

    @staticmethod
    def origin_name():
        return "origin"

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


class Point3(Point):
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z

    def __str__(self):
        return f"<{self.x} {self.y} {self.z}>"


p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.total, p.dims, Point.dims)
p.move(1)
print(p)
p.move(dx=2, dy=5)
print(p, str(p), repr(p))
print(Point.origin_name(), p.origin_name())
q = Point3(1, 2, 3)
print(q, repr(q), q.norm2(), isinstance(q, Point), isinstance(p, Point3))
pts = [Point(i, i + 1) for i in range(3)]
s = 0
for pt in pts:
    s += pt.norm2()
print(s, len(pts), pts[1].y)
class Empty:
    pass
e = Empty()
e.val = 5
print(e.val, hasattr(e, "val"), hasattr(e, "nope"), isinstance(e, Empty))


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __lt__(self, o):
        return self.x < o.x

    def __eq__(self, o):
        return self.x == o.x and self.y == o.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a = Vec(1.0, 2.0)
b = Vec(0.5, 4.0)
print(a + b, a * 2.0, 3.0 * b, a < b, b < a, a > b, a == b, a != b, a == Vec(1.0, 2.0))
c = a
print(c is a, c is not b)
print(hasattr(a, "x"), hasattr(a, "norm2"), hasattr(a, "nope"), hasattr(p, "dims"), getattr(a, "nope", -1))
