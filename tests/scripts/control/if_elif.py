# if / elif / else chains, nested ifs, conditional expressions.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'


for v in [-5, 0, 3, 42, 1000]:
    print(v, classify(v))


def sign(x):
    if x > 0.0:
        return 1
    if x < 0.0:
        return -1
    return 0


print(sign(2.5), sign(-0.1), sign(0.0))

x = 7
if x % 2 == 0:
    print('even')
else:
    print('odd')
if x > 5:
    if x > 6:
        print('greater than 6')
    else:
        print('exactly 6')
if not x == 3:
    print('not three')
if x:
    print('truthy int')
y = 0.0
if y:
    print('truthy float')
else:
    print('falsy float')
s = ''
if s:
    print('nonempty')
else:
    print('empty string is falsy')
label = 'big' if x > 5 else 'small'
print(label)
z = x * 2 if x < 0 else x * 3
print(z)
w = 1.5 if x > 0 else 2.5
print(w)
if x > 100 or x < 10 and x != 8:
    print('precedence ok')
