# Benchmarks-game fannkuch-redux: visit all n! permutations in the order
# of the reference (alternating signs for the checksum), count the
# pancake flips each takes until 0 is in front. Same algorithm as the
# C and Lua versions, on 0-based arrays.
import sys

import numpy as np
from numba import njit


@njit
def fannkuch(n):
    perm = np.arange(n, dtype=np.int64)   # current permutation
    q = np.arange(n, dtype=np.int64)      # scratch copy being flipped
    s = np.arange(n, dtype=np.int64)      # rotation counters
    sign = 1
    checksum = 0
    maxflips = 0
    while True:
        # Count the flips of perm, working on a copy in q.
        q0 = perm[0]
        if q0 != 0:
            for i in range(1, n):
                q[i] = perm[i]
            flips = 1
            while True:
                qq = q[q0]
                if qq == 0:
                    checksum += sign * flips
                    if flips > maxflips:
                        maxflips = flips
                    break
                # Reverse q[0..q0]: q[0] is kept in q0, not stored.
                q[q0] = q0
                if q0 >= 3:
                    i = 1
                    j = q0 - 1
                    while i < j:
                        q[i], q[j] = q[j], q[i]
                        i += 1
                        j -= 1
                q0 = qq
                flips += 1
        # Next permutation.
        if sign == 1:
            perm[0], perm[1] = perm[1], perm[0]
            sign = -1
        else:
            perm[1], perm[2] = perm[2], perm[1]
            sign = 1
            for i in range(2, n):
                if s[i] != 0:
                    s[i] -= 1
                    break
                if i == n - 1:
                    return checksum, maxflips
                s[i] = i
                # Rotate perm[0..i+1] left by one.
                t = perm[0]
                for j in range(i + 1):
                    perm[j] = perm[j + 1]
                perm[i + 1] = t


n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
checksum, maxflips = fannkuch(n)
print(checksum)
print(f"Pfannkuchen({n}) = {maxflips}")
