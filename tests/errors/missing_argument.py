# compile error
# a required argument is missing
def dist(x, y):
    return (x * x + y * y) ** 0.5


print(dist(3.0, 4.0))
print(dist(3.0))
