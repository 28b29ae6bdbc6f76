# adapted from numba/tests/test_array_exprs.py: axy, ax2, pos_root, neg_root_common_subexpr, div_add, cube, explicit_output
import numpy as np

from numba import njit


@njit
def axy(a, x, y):
    return a * x + y


@njit
def ax2(a, x, y):
    return a * x + y


@njit
def pos_root(As, Bs, Cs):
    return (-Bs + (((Bs ** 2.) - (4. * As * Cs)) ** 0.5)) / (2. * As)


@njit
def neg_root_common_subexpr(As, Bs, Cs):
    _2As = 2. * As
    _4AsCs = 2. * _2As * Cs
    _Bs2_4AsCs = (Bs ** 2. - _4AsCs)
    return (-Bs - (_Bs2_4AsCs ** 0.5)) / _2As


@njit
def div_add(As, Bs, Cs):
    return As / Bs + Cs


@njit
def cube(As):
    return As ** 3


@njit
def explicit_output(a, b, out):
    np.cos(a, out)
    return np.add(out, b, out)


A = np.array([1.0, 2.0, 0.5, 4.0])
B = np.array([5.0, 7.0, 3.0, 9.0])
C = np.array([1.0, 1.5, 0.25, 2.0])
print(axy(A, B, C), ax2(2.0, B, 1.0))
print(np.round(pos_root(A, B, C), 10))
print(np.round(neg_root_common_subexpr(A, B, C), 10))
print(div_add(A, B, C), cube(np.arange(4)))
out = np.zeros(4)
print(np.round(explicit_output(np.zeros(4), B, out), 10))
