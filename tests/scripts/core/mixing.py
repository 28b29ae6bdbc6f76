# int/float mixing: int op float gives float; / always gives float.
i = 3
x = 0.5
print(i + x, i - x, i * x, i / x, i // x, i % x)
print(x + i, x - i, x * i, x / i, x // i, x % i)
print(i / 1, 6 / 3, 1 / 4, -9 / 4)
print(i ** 2, i ** 3.0, i ** 0.5, 2 ** 0.5, 2 ** -1.0)
print(i == 3.0, i < 3.5, 4 > 3.9, 3 != 3.0)
print(max(1.0, 2.5), min(1.0, 2.5), max(3.0, 2.5))
print(abs(-3) + 0.5, 10 * 0.1)
n = 10
acc = 0.0
for k in range(n):
    acc += k
print(acc)
acc2 = 0.0
for k in range(n):
    acc2 = acc2 + k / 2
print(acc2)
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5)
print(1 + True, 1.5 + True, True / 2)
print(10 ** 2 / 4, 2 ** 10 * 0.5)
