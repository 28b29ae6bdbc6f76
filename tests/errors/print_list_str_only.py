# compile error
# in a list CPython shows __repr__, which this class does not define
class Q:
    def __init__(self, x):
        self.x = x

    def __str__(self):
        return "Q" + str(self.x)


print([Q(1)])
