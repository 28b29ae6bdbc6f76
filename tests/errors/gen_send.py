# compile error
def acc():
    total = 0
    while True:
        x = yield total
        total += x


g = acc()
print(next(g))
