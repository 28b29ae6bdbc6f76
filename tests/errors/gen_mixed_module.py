# compile error
def g():
    yield 1
    yield 2.5


print(list(g()))
