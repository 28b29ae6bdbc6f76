# compile error
# more values than targets
t = (1, 2, 3)
a, b = t
print(a, b)
