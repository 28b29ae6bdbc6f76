# Short branches whose arm only computes registers become selects in the
# trace (no exit when the branch goes the other way): every shape must
# give what the interpreter gives, whichever way each iteration goes.
import numpy as np
from numba import njit


@njit
def count_true(flags):
    count = 0
    for k in range(flags.shape[0]):
        if flags[k]:
            count += 1
    return count


@njit
def count_false(flags):
    count = 0
    for k in range(flags.shape[0]):
        if not flags[k]:
            count -= 1
    return count


@njit
def argmax(a):
    best = a[0]
    at = 0
    for i in range(a.shape[0]):
        x = a[i]
        if x > best:
            best = x
            at = i
    return best, at


@njit
def clamp_sum(a, lo, hi):
    s = 0
    for i in range(a.shape[0]):
        x = a[i]
        if x < lo:
            x = lo
        if x > hi:
            x = hi
        s += x
    return s


@njit
def three_writes(a):
    # Three registers change in the arm: too many to select.
    p = 0
    q = 0
    r = 0
    for i in range(a.shape[0]):
        if a[i] % 3 == 0:
            p += 1
            q += a[i]
            r = i
    return p, q, r


@njit
def float_arm(a):
    # A float written in the arm: the branch stays a guard.
    m = 0.0
    n = 0
    for i in range(a.shape[0]):
        if a[i] > 0.5:
            m = a[i]
            n += 1
    return m, n


@njit
def mixed(a, t):
    odd = 0
    big = 0
    last = -1
    for i in range(a.shape[0]):
        v = a[i]
        if v & 1:
            odd += v
        if v >= t:
            big += 1
            last = i
    return odd, big, last


@njit
def while_select(n):
    i = 0
    steps = 0
    x = 27
    while i < n:
        if x % 2 == 0:
            x = x // 2
        else:
            x = 3 * x + 1
        if x == 1:
            steps += 1
        i += 1
    return x, steps


@njit
def if_else(a, t):
    # Both arms compute registers: one select per register.
    s = 0
    lo_sum = 0
    hi_sum = 0
    for i in range(a.shape[0] - 1):
        x = a[i]
        y = a[i + 1]
        if x < y:
            lo = x
            hi = y
        else:
            lo = y
            hi = x
        lo_sum += lo
        hi_sum += hi
        s += 1 if x >= t else -3
        if x & 2:
            pass
        else:
            s += 5
    return lo_sum, hi_sum, s


flags = np.zeros(1000, dtype=np.bool_)
for k in range(1000):
    flags[k] = (k * 7919) % 13 < 5
print(count_true(flags), count_false(flags))
ints = np.array([(k * 7919) % 1009 - 500 for k in range(2000)], dtype=np.int64)
print(argmax(ints))
print(clamp_sum(ints, -100, 250))
print(three_writes(ints))
floats = np.array([((k * 37) % 101) / 100.0 for k in range(500)])
print(float_arm(floats))
print(mixed(ints, 300))
print(while_select(300))
print(if_else(ints, 17))
