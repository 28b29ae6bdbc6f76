# Booleans: arithmetic promotes to int, logical operators, comparisons.
t = True
f = False
print(t, f, not t, not f)
print(t + t, t - f, t * 5, t + 1.5, f * 2.0)
print(t and f, t or f, t and t, f or f)
print(t == 1, f == 0, t > f, t != f)
print(t & f, t | f, t ^ t, t ^ f)
print(-t, -f, abs(-t))
print(int(t), int(f), float(t), str(t), str(f))
print(bool(0), bool(1), bool(-3), bool(0.0), bool(2.5), bool(''), bool('x'))
x = 5
y = 0
print(x > 3 and y == 0, x < 3 or y != 0, not (x == 5))
print(1 and 2, 0 or 3, 4 and 0)
count = 0
for i in range(10):
    count += i % 3 == 0
print(count)
flags = 0
for i in range(8):
    b = i % 2 == 1
    if b:
        flags += 1
print(flags)
print(True + True + True, sum([True, False, True]))
print(max(True, False), min(True, False))
print(t == (1 == 1), f != (2 > 1))
