# compile error
def inner():
    yield 1


def outer():
    yield from inner()


print(list(outer()))
