# compile error
# a keyword argument the function does not have
def area(w, h=1.0):
    return w * h


print(area(2.0, h=3.0))
print(area(2.0, depth=3.0))
