# A function that returns a generator it made is no generator itself.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def make(n):
    return count_up(n)


def pick(n, twice):
    if twice:
        return count_up(2 * n)
    g = count_up(n)
    return g


for v in make(3):
    print(v)
print(list(make(2)), sum(make(5)), list(pick(2, True)), list(pick(2, False)))
h = make(4)
print(next(h), list(h))
