# Nested loops of every kind: inner traces, outer side traces, early exits.
from numba import njit
import numpy as np


@njit
def matmul(a, b, n):
    c = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += a[i, k] * b[k, j]
            c[i, j] = s
    return c


@njit
def triangle(n):
    total = 0
    for i in range(n):
        j = 0
        while j < i:
            total += i ^ j
            j += 1
    return total


@njit
def first_match(a, target):
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            if a[i, j] == target:
                return i, j
    return -1, -1


n = 12
a = np.arange(n * n, dtype=np.float64).reshape((n, n))
b = np.ones((n, n))
c = matmul(a, b, n)
print(c[0, 0], c[5, 7], c[n - 1, n - 1])
print(triangle(300))
print(first_match(a, 77.0))
print(first_match(a, -1.0))
