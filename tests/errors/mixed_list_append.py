# compile error
# a list of mixed types is a fixed sequence in rumba: it cannot grow
xs = [1, 2.5, "three"]
xs.append(4)
print(xs)
