# true division of ints by zero
n = 0
print(1 / 2)
print(1 / n)
