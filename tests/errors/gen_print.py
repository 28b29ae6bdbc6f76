# compile error
def count(n):
    for i in range(n):
        yield i


print(count(3))
