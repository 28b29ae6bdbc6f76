# Tuples: creation, constant indexing, unpacking, swap, printing, comparison.
t = (1, 2, 3)
print(t, len(t), t[0], t[2], t[-1], t[-3])
u = (1, 2.5, 'three', True)
print(u)
print(u[1], u[2], u[3])
one = (7,)
print(one, len(one), one[0])
empty = ()
print(empty, len(empty))
nested = ((1, 2), (3.5, 'x'), ((4,), 5))
print(nested)
print(nested[1][1], nested[2][0][0], nested[0])
a, b, c = t
print(a, b, c)
x, y = 10, 20
x, y = y, x
print(x, y)
p, q, r = 1, 2, 3
p, q, r = r, p, q
print(p, q, r)
(i, j), k = (1, 2), 3
print(i, j, k)
print((1, 2) == (1, 2), (1, 2) != (1, 3), (1, 2) < (1, 3), (1, 2) < (1, 2))
print((2, 0) > (1, 9), (1, 2, 3) <= (1, 2, 3), (0.5, 'a') < (0.5, 'b'))
print((1, 2) + (3,), (0, 1) * 3, t + (4, 5))
print(3 in t, 9 in t, min(t), max(t), sum(t))
print((1.0, 2.0), (-0.0, 1e16), (0.1, 1e-5))
print(('a',), ('a', 'b'), (('a', 1),))
print((1, (2, (3, (4,)))))


def fsum(pair):
    return pair[0] + pair[1]


print(fsum((3, 4)), fsum((1.5, 2.0)))
pt = (3, 4)
dx, dy = pt
print((dx * dx + dy * dy) ** 0.5)
q2 = (True, False)
print(q2, q2[0] and q2[1])
print(str((1, 'a')), repr((2.5,)))
