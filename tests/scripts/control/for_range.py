# for loops over range with positive, negative and odd steps; for/else.
for i in range(5):
    print(i, end=' ')
print()
for i in range(2, 8):
    print(i, end=' ')
print()
for i in range(0, 20, 3):
    print(i, end=' ')
print()
for i in range(10, 0, -1):
    print(i, end=' ')
print()
for i in range(10, -10, -4):
    print(i, end=' ')
print()
for i in range(5, 5):
    print('never')
for i in range(5, 0):
    print('never')
for i in range(-3, 3):
    print(i, end=',')
print()
n = 0
for i in range(100):
    n += i
print(n, i)

for i in range(2, 20):
    for d in range(2, i):
        if i % d == 0:
            break
    else:
        print(i, 'is prime')

for i in range(3):
    if i == 10:
        break
else:
    print('for-else without break')

for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print('odd', i)

r = range(1, 10, 2)
print(len(r), len(range(10, 0, -3)), len(range(0)))
for i in reversed(range(4)):
    print(i, end=' ')
print()
for i in range(0, -5, -1):
    print(i, end=' ')
print()
