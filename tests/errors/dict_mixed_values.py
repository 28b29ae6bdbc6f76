# compile error
d = {"a": 1, "b": 2.5}
print(d)
