class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name
        self.scale = 1.0

    def area(self):
        return 0.0

    def describe(self):
        return "%s with %d sides, area %.2f" % (self.name, self.sides, self.area())

    def grow(self, k):
        self.scale *= k
        return self


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h * self.scale


class Square(Rect):
    def __init__(self, s):
        super(Square, self).__init__(s, s)
        self.name = "square"

    def describe(self):
        return "[" + super().describe() + "]"


shapes = [Rect(2.0, 3.0), Rect(1.0, 1.5)]
for s in shapes:
    print(s.describe())
sq = Square(2.0)
print(sq.describe(), sq.grow(2.0).area(), isinstance(sq, Shape), isinstance(sq, Rect))
print(Shape("blob").describe(), Square.sides, sq.sides)
