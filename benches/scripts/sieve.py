# Sieve of Eratosthenes over a bool array up to n, run REPEAT times on a
# fresh array each time; prints the number of primes <= n.
import sys

import numpy as np
from numba import njit

REPEAT = 200


@njit
def sieve(n):
    is_prime = np.ones(n + 1, dtype=np.bool_)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    count = 0
    for k in range(n + 1):
        if is_prime[k]:
            count += 1
    return count


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
count = 0
for _ in range(REPEAT):
    count = sieve(n)
print(count)
