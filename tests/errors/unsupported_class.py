# compile error
# a class defined inside a function
def make():
    class Foo:
        pass
    return Foo()


print(make())
