# compile error
# a nested function that reads its enclosing function's variables, leaving it inside a list
def make_adders(y):
    def add(x):
        return x + y

    return [add]


print(make_adders(10)[0](1))
