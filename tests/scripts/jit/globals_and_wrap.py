# Module globals read and written in loops; integer hashing whose products
# overflow 64 bits (masked, so CPython's big integers agree).
from numba import njit

counter = 0
scale = 3


def bump(n):
    global counter
    for i in range(n):
        counter += scale * i
    return counter


@njit
def wrap(n):
    x = 1
    for i in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFF
    return x


@njit
def shifts(n):
    h = 0
    for i in range(n):
        h ^= (h << 5) + (h >> 2) + i
        h &= 0xFFFFFFFFFFFF
    return h


print(bump(100), counter)
scale = 5
print(bump(10), counter)
print(wrap(1000))
print(shifts(500))
total = 0
for k in range(200):
    total += k * k
print(total)
