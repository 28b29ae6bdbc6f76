# while loops with break, continue and else.
i = 0
while i < 5:
    print('i =', i)
    i += 1
print('after', i)

n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    steps += 1
print('collatz steps', steps)

k = 0
total = 0
while True:
    k += 1
    if k % 3 == 0:
        continue
    if k > 20:
        break
    total += k
print('total', total, 'k', k)

j = 10
while j > 0:
    j -= 3
else:
    print('while-else ran, j =', j)

m = 0
while m < 100:
    if m == 7:
        print('breaking at', m)
        break
    m += 1
else:
    print('not printed')

a = 0
b = 1
while b < 1000:
    a, b = b, a + b
print('fib over 1000:', b)

x = 1.0
while x < 1000.0:
    x *= 2.5
print(x)

outer = 0
while outer < 3:
    inner = 0
    while inner < outer:
        print(outer, inner)
        inner += 1
    outer += 1
