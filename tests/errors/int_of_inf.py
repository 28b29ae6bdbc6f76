# int() of infinity
x = float('inf')
print(int(2.5))
print(int(x))
