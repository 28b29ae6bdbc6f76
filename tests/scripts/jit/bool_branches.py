# Branches on bools read from arrays: the JIT tests the byte as it is,
# and an exit gives the interpreter the bool the failed test implies. A
# bool overwritten between its load and the branch, bools reused after the
# branch, and branches that flip half-way.
import numpy as np
from numba import njit


@njit
def count(flags):
    c = 0
    for k in range(len(flags)):
        if flags[k]:
            c += 1
    return c


@njit
def flip_then_branch(flags):
    c = 0
    for k in range(len(flags)):
        b = flags[k]
        flags[k] = not b
        if b:
            c += 10
        else:
            c -= 1
    return c


@njit
def reuse(flags):
    c = 0
    last = False
    for k in range(len(flags)):
        b = flags[k]
        if not b:
            c += 2
        if b and not last:
            c += 100
        last = b
    return c


@njit
def first_true(flags):
    i = 0
    while not flags[i]:
        i += 1
    return i


f = np.zeros(300, dtype=np.bool_)
f[::7] = True
f[250:] = True
print(count(f))
print(flip_then_branch(f), count(f))
print(reuse(f))
print(first_true(f), first_true(f[1:]))
g = np.zeros(500, dtype=np.bool_)
g[-1] = True
print(first_true(g))
