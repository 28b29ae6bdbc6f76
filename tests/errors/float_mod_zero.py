# float modulo by zero
x = 5.5
print(x % 2.0)
print(x % 0.0)
