# compile error
# the truth of an instance whose class defines __len__
class Bag:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


b = Bag(0)
if b:
    print('full')
