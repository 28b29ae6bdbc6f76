# Integer arithmetic: floor division and modulo with negative operands,
# powers, bit operations, shifts, comparisons and the integer builtins.
a = 17
b = 5
print(a + b, a - b, a * b, a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(0 // 5, 0 % 5, -1 // 10, -1 % 10)
print(2 ** 10, 3 ** 0, (-2) ** 3, (-2) ** 4, 10 ** 18)
print(2 ** 62, 9223372036854775807, -9223372036854775807 - 1)
print(a & b, a | b, a ^ b, ~a, ~0, ~(-1))
print(-17 & 5, -17 | 5, -17 ^ 5)
print(1 << 10, 1 << 62, 1024 >> 3, -1024 >> 3, -1 >> 10, -7 >> 1)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 != 2, 1 <= 1 < 2 <= 2)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5)
print(abs(-12), abs(12), abs(0))
print(min(3, 9), max(3, 9), min(4, -2, 7), max(4, -2, 7))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(pow(2, 8), pow(3, 4), pow(-3, 3), pow(10, 0))
print(round(7), round(-7))
c = 100
c += 5
print(c)
c -= 10
print(c)
c *= 3
print(c)
c //= 7
print(c)
c %= 11
print(c)
c **= 3
print(c)
c <<= 2
print(c)
c >>= 1
print(c)
c &= 0xFF
print(c)
c |= 0x100
print(c)
c ^= 0x0F
print(c)
print(0x1F, 0o17, 0b1011, 1_000_000)
print(-(-5), +5, -0)
total = 0
for i in range(1, 101):
    total += i * i
print(total)
