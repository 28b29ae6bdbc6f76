# list.index of a value that is not there
xs = [3, 1, 4]
print(xs.index(4))
print(xs.index(5))
