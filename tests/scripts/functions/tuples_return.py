# Functions returning tuples; unpacking the results.
def divmod2(a, b):
    return a // b, a % b


def stats(a, b, c):
    lo = min(a, b, c)
    hi = max(a, b, c)
    mean = (a + b + c) / 3
    return lo, hi, mean


def swap(a, b):
    return b, a


def mixed(n):
    return n, n * 0.5, n > 2, 'n=' + str(n)


q, r = divmod2(17, 5)
print(q, r)
print(divmod2(-17, 5))
lo, hi, mean = stats(4, 9, 2)
print(lo, hi, mean)
x, y = swap(1, 2)
print(x, y)
s1, s2 = swap('left', 'right')
print(s1, s2)
t = mixed(5)
print(t)
print(t[0], t[1], t[2], t[3])
a, b, c, d = mixed(1)
print(a, b, c, d)


def nested(n):
    return (n, n + 1), (n * 2, n * 3)


(p, q2), (r2, s) = nested(10)
print(p, q2, r2, s)
print(nested(3))


def minmax_loop(n):
    lo = n
    hi = 0
    for i in range(1, n):
        v = (i * 37) % n
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi


print(minmax_loop(50))
u, v = minmax_loop(13)
print(u + v)


def single():
    return (42,)


print(single(), single()[0])
