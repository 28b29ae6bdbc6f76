# compile error
print(list(map(max, [1, 2], [3, 0])))
