# compile error
def first(x):
    y = []
    return x + y[0]


print(first(1))
