# compile error
# classes are not part of the subset
class Foo:
    pass


print(1)
