# adapted from numba docs (reference/pysemantics.rst "Integer width") and test_operators.py: integer arithmetic in jitted code is 64-bit
import numpy as np
from numba import njit


@njit
def f(a, b):
    c = a + b
    return c, a * b, a - b


x = np.array([127, -128], dtype=np.int8)
u = np.array([255, 3], dtype=np.uint8)
i32 = np.array([2**31-1], dtype=np.int32)
print(f(x[0], x[0]), f(x[1], x[0]))
print(f(u[0], u[0]), f(u[0], x[0]))
print(f(i32[0], i32[0]))
print(f(np.uint64(2**63), np.uint64(2**63)))


@njit
def g(a, b):
    return a - b, a // b, a % b, a ** 2, a & b, a << 1, -a, a + 1, a * 2.5


u = np.array([3, 255], dtype=np.uint8)
x = np.array([-128, 7], dtype=np.int8)
print(g(u[0], u[1]))
print(g(x[0], x[1]))
print(g(u[0], np.uint64(5)))
print(g(np.int32(5), np.uint32(7)))
