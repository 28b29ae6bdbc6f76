def count(n):
    for i in range(n):
        yield i


g = count(1)
print(next(g))
print(next(g))
