# compile error
# a nested function may read its enclosing function's variables, not rebind them
def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1

    bump()
    return n


print(counter())
