def f(x):
    return x


d = {"a": None}
print(d["a"], len(d), d)
print(d["b"])
