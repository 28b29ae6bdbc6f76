# Homogeneous lists: literals, append, pop, insert, extend, index, slicing.
a = [3, 1, 4, 1, 5]
print(a, len(a), a[0], a[-1], a[2])
a.append(9)
print(a)
print(a.pop(), a)
print(a.pop(0), a)
a.insert(1, 7)
print(a)
a.insert(0, 100)
a.insert(len(a), -1)
print(a)
a.extend([2, 6])
print(a)
print(a.index(7), a.index(-1), a.count(1))
a[0] = 0
a[-1] = 60
print(a)
print(a[1:4], a[:3], a[5:], a[::2], a[::-1], a[-3:-1])
print(4 in a, 42 in a, 42 not in a)
b = a[:]
b[0] = 999
print(a[0], b[0])
c = a
c[0] = -5
print(a[0])
e = []
for i in range(5):
    e.append(i * i)
print(e, len(e))
s = 0
for v in e:
    s += v
print(s)
f = [1.5, 2.25, -0.5]
f.append(4.0)
print(f, len(f))
g = ['x', 'y']
g.append('z')
print(g, '-'.join(g))
h = [1, 2] + [3, 4]
print(h, [0, 1] * 3)
a.remove(7)
print(a)
a.reverse()
print(a)
a.sort()
print(a)
print(a.copy(), list(range(4)))
h.clear()
print(h, len(h))
nested = [[1, 2], [3, 4]]
print(nested, nested[1][0])
nested[0].append(9)
print(nested)
