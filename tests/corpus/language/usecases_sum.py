# adapted from numba/tests/usecases.py: sum1d, sum2d, while_count, copy_arrays, string_concat, blackscholes_cnd
import math

import numpy as np

from numba import njit


@njit
def sum1d(s, e):
    c = 0
    for i in range(s, e):
        c += i
    return c


@njit
def sum2d(s, e):
    c = 0
    for i in range(s, e):
        for j in range(s, e):
            c += i * j
    return c


@njit
def while_count(s, e):
    i = s
    c = 0
    while i < e:
        c += i
        i += 1
    return c


@njit
def copy_arrays(a, b):
    for i in range(a.shape[0]):
        b[i] = a[i]


@njit
def blackscholes_cnd(d):
    A1 = 0.31938153
    A2 = -0.356563782
    A3 = 1.781477937
    A4 = -1.821255978
    A5 = 1.330274429
    RSQRT2PI = 0.39894228040143267793994605993438
    K = 1.0 / (1.0 + 0.2316419 * math.fabs(d))
    ret_val = (RSQRT2PI * math.exp(-0.5 * d * d) *
               (K * (A1 + K * (A2 + K * (A3 + K * (A4 + K * A5))))))
    if d > 0:
        ret_val = 1.0 - ret_val
    return ret_val


print(sum1d(0, 10), sum2d(0, 10), while_count(-3, 7))
b = np.zeros(4)
copy_arrays(np.arange(4.0) + 0.5, b)
print(b)
print(["%.10f" % blackscholes_cnd(d) for d in (-1.0, 0.0, 0.5, 2.0)])
