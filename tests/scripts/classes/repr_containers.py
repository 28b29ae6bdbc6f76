# Printing instances whose class defines __repr__ (or __str__), alone and
# in lists, tuples and dicts: CPython shows each element by its __repr__.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "P(" + str(self.x) + ", " + str(self.y) + ")"


class S:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return "str " + self.name

    def __repr__(self):
        return "S(" + repr(self.name) + ")"


def make(n):
    return [P(i, i * i) for i in range(n)]


ps = make(3)
print(P(0, 0))
print(ps)
print(ps, len(ps), "end")
print((P(1, 1), 2.5, "s"))
t = (P(1, 1),)
print(t)
print({"a": P(5, 6), "b": P(7, 8)})
dl = {1: [P(1, 2)], 2: [P(3, 4), P(5, 6)]}
print(dl)
print(str(ps), repr(ps))
print([ps, [P(9, 9)]])
print([])
print(make(0))
ss = [S("x"), S("y")]
print(ss, ss[0])
print(str(ss[1]), repr(ss[1]))
ops = [P(1, 2), None]
print(ops)
print(f"{ps} {ps!r} {t} {ss[0]} {ss[0]!r} {ss}")
print(f"{ps[0]=} {ops=}")
mixed = [P(3, 4), 5, "five"]
print(mixed, f"{mixed}")
