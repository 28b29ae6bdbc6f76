# What a loop leaves behind when the JIT exits it: the loop variable keeps
# its last value (or its value from before an empty loop), in plain and
# nested loops, after breaks, with negative and large steps.
from numba import njit


@njit
def last(n):
    j = -7
    for j in range(n):
        pass
    return j


@njit
def last_step(a, b, c):
    s = 0
    i = 99
    for i in range(a, b, c):
        s += i
    return s, i


@njit
def nested(n):
    t = 0
    i = -1
    j = -1
    for i in range(n):
        for j in range(i):
            t += j
        t += j
    return t, i, j


@njit
def after_break(n, stop):
    k = 0
    for k in range(n):
        if k == stop:
            break
    return k


for n in (0, 1, 5, 100):
    print(last(n), nested(n), after_break(n, 50), after_break(n, 500))
for a, b, c in ((0, 100, 3), (100, 0, -7), (5, 5, 1), (-50, 50, 9),
                (0, 9223372036854775807, 4611686018427387904)):
    print(last_step(a, b, c))
