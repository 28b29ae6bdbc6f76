# Trigonometry, hyperbolic functions, floor/ceil/trunc (which return ints).
import math

for x in [0.0, 0.5, 1.0, math.pi / 4, math.pi / 2, math.pi, -2.0]:
    print(x, math.sin(x), math.cos(x), math.tan(x))
print(math.asin(1.0), math.acos(0.0), math.atan(1.0), math.asin(-0.5), math.acos(-1.0))
print(math.atan2(1.0, 1.0), math.atan2(1.0, -1.0), math.atan2(-1.0, -1.0), math.atan2(0.0, -1.0))
print(math.atan2(-0.0, -1.0), math.atan2(0.0, 0.0), math.atan2(3, 4))
print(math.sinh(1.0), math.cosh(1.0), math.tanh(0.5), math.asinh(1.0), math.acosh(2.0), math.atanh(0.5))
print(math.floor(2.7), math.floor(-2.7), math.floor(3), math.floor(-0.5), math.floor(5.0))
print(math.ceil(2.1), math.ceil(-2.1), math.ceil(4), math.ceil(-0.5), math.ceil(1e15 + 0.5))
print(math.trunc(2.9), math.trunc(-2.9), math.trunc(7), math.trunc(-0.1))
f = math.floor(7.9)
print(f + 1, f * 2, f // 2, f / 2)
c = math.ceil(0.1)
print(c, c == 1)
print(math.floor(-7.5) % 3, math.ceil(7.5) // 2, math.trunc(-7.5) // 2)
s = 0
for i in range(1, 20):
    s += math.floor(math.sqrt(i))
print(s)
print(round(math.pi, 4), round(math.e), round(-math.pi, 2))
print(math.sin(math.pi) == 0.0, abs(math.sin(math.pi)) < 1e-15)
print(math.cos(1e10), math.sin(1e22), math.tan(1.5707963267948966))
print(math.sqrt(math.sin(0.3) ** 2 + math.cos(0.3) ** 2))
