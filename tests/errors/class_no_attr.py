# an attribute read before it is set
class P:
    def __init__(self, x):
        self.x = x

    def setup(self):
        self.y = 2 * self.x


p = P(1)
q = P(2)
q.setup()
print(q.y)
print(p.y)
