# assigning past the end of a list
xs = [1.5, 2.5]
xs[1] = 0.5
print(xs)
xs[-3] = 1.0
