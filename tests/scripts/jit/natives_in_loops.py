# Loops that call natives: printing, lists, strings, array constructors.
from numba import njit
import numpy as np


@njit
def squares(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return out


@njit
def chatty(n):
    for i in range(n):
        if i % 25 == 0:
            print("step", i, i * 0.5)
    return n


@njit
def rows(n):
    t = 0.0
    for i in range(n):
        r = np.ones(3) * i
        t += r[0] + r[2]
    return t


sq = squares(100)
print(len(sq), sq[99], sum(sq))
print(chatty(100))
print(rows(200))
