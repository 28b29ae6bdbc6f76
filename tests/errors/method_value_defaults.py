# compile error
# a method value whose parameters have defaults
class P:
    def __init__(self, x):
        self.x = x

    def scaled(self, k=2):
        return self.x * k


p = P(3)
f = p.scaled
print(f())
