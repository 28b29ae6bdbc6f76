# compile error
def g(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("closed")


for v in g(3):
    print(v)
    break
