# compile error
# a nested function that reads its enclosing function's variables, called elsewhere
def make_adder(y):
    def add(x):
        return x + y

    return add


add10 = make_adder(10)
print(add10(1))
