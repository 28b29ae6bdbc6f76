# Generators in plain module code: consumed by for, list, sum, min, max,
# sorted, tuple, any, all, next, zip, enumerate, and passed around.


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(xs):
    for x in xs:
        if x % 2 == 0:
            continue
        yield x * x


def chatty(n):
    print("start")
    for i in range(n):
        print("yield", i)
        yield i
    print("end")


def early(n):
    for i in range(n):
        if i == 3:
            return
        yield i


def pairs(n):
    for i in range(n):
        yield i, float(i) / 2


def words():
    yield "a"
    yield "bb"
    yield "ccc"


def total(g):
    s = 0
    for v in g:
        s += v
    return s


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def raiser(n):
    for i in range(n):
        if i == 2:
            raise ValueError("two")
        yield i


print(list(count(5)))
print(sum(count(10)), min(count(4)), max(count(4)))
print(sorted(squares([5, 3, 8, 1])))
print(any(v > 2 for v in count(5)), all(count(3)))
print(list(squares(range(10))))
for v in chatty(2):
    print("got", v)
print(list(early(10)))
for i, f in pairs(3):
    print(i, f)
for i, w in enumerate(words()):
    print(i, w)
for a, b in zip(count(10), words()):
    print(a, b)
for w2, n2 in zip(words(), count(2)):
    print(w2, n2)
print(total(count(100)))
g = count(3)
print(next(g), next(g), next(g), next(g, -1))
g2 = fib()
print([next(g2) for _ in range(10)])
for k in fib():
    if k > 50:
        break
    print(k, end=" ")
print()
for v in early(2):
    print(v)
else:
    print("else ran")
print([x * 2 for x in count(4) if x != 1])
print(sum(x for x in count(5)))
try:
    for v in raiser(5):
        print("r", v)
except ValueError as e:
    print("caught", e)
g3 = count(2)
print(list(g3), list(g3))
try:
    g4 = count(1)
    next(g4)
    next(g4)
except StopIteration:
    print("stop")


def leaks_stop(g):
    yield next(g)
    yield next(g)


try:
    print(list(leaks_stop(count(1))))
except RuntimeError as e:
    print("RuntimeError:", e)
