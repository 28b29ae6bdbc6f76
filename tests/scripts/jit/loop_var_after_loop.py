# The loop variable keeps its last value after the loop ends: an exit from
# a compiled loop must write it back even when the body never reads it.
from numba import njit


@njit
def last(n):
    i = -1
    for i in range(n):
        pass
    return i


@njit
def search(n, stop):
    for i in range(n):
        if i == stop:
            z = stop
            break
    else:
        z = i * 2
    return z


print([last(n) for n in (0, 1, 8, 20)])
print([search(n, s) for n, s in ((5, 3), (10, 2), (8, 20), (30, 50))])
