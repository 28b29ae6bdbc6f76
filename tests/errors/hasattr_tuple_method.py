# compile error
t = (1, 2)
print(hasattr(t, "count"))
