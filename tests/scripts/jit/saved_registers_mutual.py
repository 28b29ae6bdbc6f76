# Mutually recursive compiled functions with different register needs:
# one a leaf most of the time, one keeping several values across calls;
# an exception raised deep inside and caught by a caller.
from numba import njit


@njit
def even(n, k):
    if n <= 0:
        return k
    return odd(n - 1, k + 1)


@njit
def odd(n, k):
    if n <= 0:
        return -k
    a = n * 3
    b = k ^ n
    c = even(n - 1, k * 2 % 1009)
    d = even(n // 2, b % 97)
    return a + b + c * 5 + d - n


@njit
def boom(n):
    if n == 7:
        raise ValueError("seven")
    if n <= 0:
        return 1
    x = n * n
    y = boom(n - 1)
    return x + y


@njit
def safe(n):
    try:
        return boom(n)
    except Exception:
        return -1


@njit
def drive(m):
    s = 0
    t = 1
    u = 2
    for i in range(m):
        v = even(i % 17, i)
        w = odd(i % 11, i + 1)
        s += v
        t = (t * 31 + w) % 1000003
        u ^= v + w
    return s, t, u


print(drive(2000))
print(safe(5), safe(9), safe(6))
for i in range(300):
    r = safe(i % 12)
print(r)
print(even(40, 3), odd(41, 5))
