# compile error
# an instance attribute gets one type
class Acc:
    def __init__(self):
        self.total = 0

    def add(self, v):
        self.total = self.total + v


a = Acc()
a.add(1.5)
print(a.total)
