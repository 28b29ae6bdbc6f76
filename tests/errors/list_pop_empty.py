# pop from an empty list
xs = [7, 8]
print(xs.pop(), xs.pop())
print(len(xs))
xs.pop()
