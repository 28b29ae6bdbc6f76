# Short inner loops: the side trace at an inner loop's end runs the next
# outer iteration and enters the inner loop's body with the values the
# loop reads (past its pre-roll). Trip counts 0, 1, 2 and more, values
# carried around both loops, stores the next entry reads, bounds checks
# that fail on entry, and bool bytes counted as the carry of a compare.
import numpy as np
from numba import njit


@njit
def pairs(x, v, steps):
    n = x.shape[0]
    for _ in range(steps):
        for i in range(n):
            for j in range(i + 1, n):
                d = x[i] - x[j]
                f = d / (d * d + 1.0)
                v[i] -= f
                v[j] += f
        for i in range(n):
            x[i] += 0.01 * v[i]
    return x.sum() + v.sum()


@njit
def triangle(n):
    s = 0
    for i in range(n):
        for j in range(i % 4):
            s += j * i + 1
    return s


@njit
def uneven(a, reach):
    # The inner loop runs past the end for the last rows: the bounds check
    # the pre-roll copy carries fails there.
    total = 0
    for i in range(a.shape[0]):
        for j in range(i, i + reach):
            if j >= a.shape[0]:
                break
            total += a[j] * (i + 1)
    return total


@njit
def counts(flags, width):
    out = np.zeros(flags.shape[0] // width, dtype=np.int64)
    for r in range(out.shape[0]):
        c = 0
        for k in range(r * width, r * width + width):
            c += flags[k] != 0
            if flags[k] == 0:
                c += 2
        out[r] = c
    return out


x = np.array([0.0, 1.5, -2.0, 3.25, 0.5])
v = np.zeros(5)
print(round(pairs(x, v, 300), 9))
print(x)
print(triangle(1000))
print(triangle(1))
a = np.arange(1, 40, dtype=np.int64)
for reach in (0, 1, 2, 3, 7):
    print(uneven(a, reach))
flags = np.array([(k * 7) % 3 == 0 for k in range(60)])
print(counts(flags, 3))
print(counts(flags, 1).sum())
