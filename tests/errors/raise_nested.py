# raise inside a function called from another function
def inner(x):
    if x < 0:
        raise RuntimeError('negative input')
    return x + 1


def outer(x):
    return inner(x) * 2


print(outer(3))
print(outer(-3))
