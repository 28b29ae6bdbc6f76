# list index out of range
xs = [1, 2, 3]
print(xs[2])
i = 3
print(xs[i])
