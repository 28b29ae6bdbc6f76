# Float arithmetic and the shortest-repr printing of floats.
print(0.1, 0.2, 0.1 + 0.2, 0.3)
print(1.0, 2.5, -3.75, 100.0)
print(1e16, 1e15, 123456789012345678.0, 1e22, 1e-5, 1e-4, 0.0001234)
print(1.5e300, 1.5e300 * 1e10, -1.5e-300, 5e-324)
print(-0.0, 0.0, -0.0 == 0.0)
print(float('inf'), float('-inf'), float('nan'))
inf = float('inf')
print(inf + 1.0, -inf, inf * 0.0, inf - inf)
print(1.0 / 3.0, 2.0 / 3.0, 10.0 / 4.0)
print(7 / 2, 8 / 2, -7 / 2, 1 / 3, 0 / 5)
print(7.0 // 2.0, -7.0 // 2.0, 7.5 % 2.0, -7.5 % 2.0, 7.5 % -2.0)
print(2.0 ** 10, 2.0 ** -1, 2.0 ** 0.5, 9.0 ** 0.5, (-8.0) ** 3)
print(3.14159 * 2, 1e308 * 10, -1e308 * 10)
print(1e100, 1.7976931348623157e308, 2.2250738585072014e-308)
print(123456.789, 1234567.0, 12345678901234567.0)
print(0.5, 0.25, 0.125, 0.1 * 3, 1.1 * 1.1)
print(abs(-2.5), abs(2.5), min(1.5, -0.5), max(1.5, -0.5))
print(divmod(7.5, 2.0), divmod(-7.5, 2.0))
print(round(2.567, 2), round(2.5), round(3.5), round(-2.5), round(0.5))
print(round(2.675, 2), round(1234.5678, -2), round(1.0), round(-0.4))
print(pow(2.0, 3), pow(4.0, 0.5))
x = 1.0
for i in range(10):
    x = x * 1.5
print(x)
y = 0.0
for i in range(10):
    y += 0.1
print(y, y == 1.0)
z = 1.0
z += 2
z *= 3.5
z /= 2
z -= 0.25
z //= 2
z **= 2
print(z)
print(1.0 == 1, 2.5 > 2, 0.1 + 0.2 == 0.3, 1e16 + 1.0 == 1e16)
print(3.0 * 1e-7, 9.999999999999999e22, 1e23)
print(float(10 ** 15), float(10 ** 16), float(2 ** 53), float(2 ** 53 + 1))
