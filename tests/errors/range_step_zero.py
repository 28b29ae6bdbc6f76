# range() with a step of zero
step = 0
for i in range(0, 4, 2):
    print(i)
for i in range(0, 10, step):
    print(i)
