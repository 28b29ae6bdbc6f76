# compile error
# outside jitted code a list keeps each element's type, which rumba's lists cannot
xs = [1, 2.5]
print(xs)
