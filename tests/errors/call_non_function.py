# compile error
# calling an int
x = 5
y = x(3)
print(y)
