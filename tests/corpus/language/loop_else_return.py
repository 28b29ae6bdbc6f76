# adapted from numba/tests/test_flow_control.py and usecases.py: early return, while/else, nested break (search loops)
import numpy as np

from numba import njit


@njit
def find_first(a, v):
    for i in range(a.size):
        if a[i] == v:
            return i
    return -1


@njit
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return True
    return False


@njit
def find_pair(a, target):
    for i in range(a.size):
        for j in range(i + 1, a.size):
            if a[i] + a[j] == target:
                return i, j
    return -1, -1


a = np.array([4, 8, 15, 16, 23, 42])
print(find_first(a, 16), find_first(a, 5))
print([n for n in range(30) if is_prime(n)])
print(find_pair(a, 31), find_pair(a, 100))
