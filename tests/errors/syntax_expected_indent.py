# compile error
# the body of an if is not indented
x = 1
if x > 0:
print(x)
