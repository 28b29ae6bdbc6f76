# adapted from a common Numba benchmark-style example: longest Collatz chain below a bound
import numpy as np

from numba import njit


@njit
def chain_length(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


@njit
def longest(limit):
    best, best_n = 0, 1
    lengths = np.zeros(limit, dtype=np.int64)
    for n in range(1, limit):
        lengths[n] = chain_length(n)
        if lengths[n] > best:
            best, best_n = lengths[n], n
    return best_n, best, lengths


n, steps, lengths = longest(10000)
print(n, steps, lengths[:10], np.bincount(lengths)[:5])
