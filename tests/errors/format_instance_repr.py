# compile error
# str.format() would show the instance by its address
class P:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "P" + str(self.x)


print("{}".format(P(1)))
