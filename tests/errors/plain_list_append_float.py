# compile error
# a float appended to a list of ints in plain code (CPython keeps both)
xs = [1, 2]
xs.append(2.5)
print(xs)
