import ctypes
import numpy as np
from numba import njit


@njit
def total(b):
    s = 0
    for i in range(len(b)):
        s += b[i]
    return s


@njit
def poke(b, i, v):
    b[i] = v


@njit
def diff(b):
    return b[0] - b[1]


ba = bytearray(b"\x05\x07\x09")
print(total(ba))
poke(ba, 0, 200)
print(ba, total(ba))
print(diff(ba))
m = memoryview(ba)
print(total(m))
poke(m, 1, 1)
print(ba)
c = (ctypes.c_double * 3)(1.0, 2.0, 3.0)
a = np.frombuffer(c, dtype=np.float64)
a[0] = 9.0
print(a, c[0])
print(np.frombuffer(c))
print(bytes(np.frombuffer(c)[:1]))


@njit
def sum_view(b):
    a = np.frombuffer(b, dtype=np.int16)
    return a.sum()


print(sum_view(bytearray(b"\x01\x00\x02\x00")))


@njit
def inc(b):
    b[0] += 100


ba = bytearray(b"\x07\x08")
inc(ba)
print(ba)
