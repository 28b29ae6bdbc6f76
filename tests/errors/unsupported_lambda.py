# compile error
# lambdas are not part of the subset
square = lambda v: v * v
print(square(3))
