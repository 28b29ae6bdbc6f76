# compile error
# counting a float in a list of ints would convert it
xs = [1, 2]
print(xs.count(2.5))
