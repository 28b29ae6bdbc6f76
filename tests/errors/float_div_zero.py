# float division by zero
x = 1.5
y = 0.0
print(x / 2.0)
print(x / y)
