# integer floor division by zero
a = 7
b = 0
print(a // 2)
print(a // b)
