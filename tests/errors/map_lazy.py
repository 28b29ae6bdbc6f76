# compile error
# a map object outside a consuming call prints or interleaves differently
def show(v):
    print(v)
    return v


for y in map(show, [1, 2]):
    print(y)
