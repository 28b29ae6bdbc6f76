# compile error
# an instance attribute may not shadow a class attribute
class Counter:
    count = 0

    def bump(self):
        self.count = self.count + 1
        return self.count


c = Counter()
c.bump()
print(c.bump())
