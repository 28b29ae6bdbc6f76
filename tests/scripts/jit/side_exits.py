# Branches whose direction flips part-way, so traces exit and grow side traces.
from numba import njit


@njit
def flip_half(n):
    s = 0
    for i in range(n):
        if i < n // 2:
            s += i
        else:
            s -= 2 * i
    return s


@njit
def every_third(n):
    a = 0
    b = 0.0
    for i in range(n):
        if i % 3 == 0:
            a += 1
        elif i % 3 == 1:
            b += 0.5
        else:
            a -= 1
            b *= 1.0001
    return a, b


@njit
def while_with_breaks(start, limit):
    x = start
    steps = 0
    while True:
        if x % 2 == 0:
            x //= 2
        else:
            x = 3 * x + 1
        steps += 1
        if x == 1 or steps > limit:
            break
    return steps


print(flip_half(1000))
print(every_third(3001))
for start in [27, 97, 871]:
    print(while_with_breaks(start, 1000), while_with_breaks(start, 50))
