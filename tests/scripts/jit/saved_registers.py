# Compiled recursive functions whose first trace is the short path (it
# saves no registers) and whose longer paths, compiled later as side
# traces, keep values across their calls; called from a loop that keeps
# many values of its own across the calls. Each must find its values intact.
from numba import njit


@njit
def walk(n):
    if n < 3:
        return n
    a = walk(n - 1)
    b = walk(n - 3)
    return a + b * 2 + n


@njit
def loop(m):
    s1 = 0
    s2 = 1
    s3 = 2
    s4 = 3
    s5 = 5
    s6 = 8
    for i in range(m):
        v = walk(i % 13)
        s1 += v
        s2 ^= v
        s3 = (s3 * 3 + v) % 1000003
        s4 -= v
        s5 = (s5 + s1) % 999983
        s6 = (s6 * 7 + s2 + i) % 65521
    return s1, s2, s3, s4, s5, s6


@njit
def warm(k):
    t = 0
    for i in range(k):
        t += walk(i % 3)
    return t


print(warm(500))
print(loop(3000))
print(walk(20))


@njit
def fsum(n, x):
    if n < 2:
        return x
    y = fsum(n - 1, x * 0.5)
    return y + fsum(n - 2, x + 1.0) + x


@njit
def floop(m):
    acc = 0.0
    c = 0.25
    for i in range(m):
        acc += fsum(i % 9, c)
        c += 0.125
    return acc, c


print(fsum(1, 2.0))
print(floop(400))
