def bad(n):
    for i in range(n):
        yield 10 // (1 - i)


print(list(bad(3)))
