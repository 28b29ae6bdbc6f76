# adapted from the former numba examples/sum.py (explicit compile(), timings removed)
from numpy import random

from numba import double
from numba import jit


def sum2d(arr):
    M, N = arr.shape
    result = 0.0
    for i in range(M):
        for j in range(N):
            result += arr[i, j]
    return result


jitsum2d = jit(sum2d)
csum2d = jitsum2d.compile(double(double[:, ::1]))

random.seed(1)
arr = random.randn(100, 100)
res = sum2d(arr)
print("Result from python is %.9f" % res)
res = jitsum2d(arr)
print("Result from compiled is %.9f" % res)
print(jitsum2d.signatures)
