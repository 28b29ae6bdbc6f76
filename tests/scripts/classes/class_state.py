from numba import njit


class Acc:
    def __init__(self):
        self.total = 0.0
        self.n = 0

    def add(self, v):
        self.total += v
        self.n += 1
        return self

    def mean(self):
        return self.total / self.n


a = Acc()
for i in range(10):
    a.add(i * 0.5)
print(a.total, a.n, a.mean())
b = a
b.add(100.0)
print(a.n, a is b)
print(Acc().n)
d = {"a": Acc()}
d["a"].add(3.0)
print(d["a"].total)
t = (a, 1)
print(t[0].n)


@njit
def total(a, n):
    s = 0.0
    for i in range(n):
        s += a[i]
    return s


class Holder:
    count = 0

    def __init__(self, data):
        self.data = data
        self.label = "holder"

    def sum(self):
        return total(self.data, len(self.data))

    def scale(self, k):
        self.data = self.data * k
        return self


import numpy as np

h = Holder(np.arange(5.0))
print(h.sum(), h.scale(2.0).sum(), h.data, h.label, Holder.count)
hs = [Holder(np.ones(i)) for i in range(1, 4)]
print([x.sum() for x in hs], getattr(hs[0], "label"))


class Node:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(Node(1) == Node(1), Node(1) == Node(2))


class Sim:
    def __init__(self, n):
        self.x = np.zeros(n)
        self.hist = [0]
        self.steps = 0

    def step(self):
        self.x += 0.5
        self.steps += 1
        self.hist.append(self.steps)
        return self

    def __repr__(self):
        return "Sim(steps=%d, x=%s, hist=%s, t=%s)" % (self.steps, self.x, self.hist, (1, "a"))


print(Sim(3).step().step())


class N:
    def __init__(self, v):
        self.v = v
def find(xs, k):
    r = None
    for x in xs:
        if x.v == k:
            r = x
    return r
xs = [N(1), N(2)]
a = find(xs, 2)
b = find(xs, 5)
print(a == None, b == None, a != None, b is None, a.v)
