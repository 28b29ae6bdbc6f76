# adapted from numba/tests/test_mixed_tuple_unroller.py and docs (reference/pysupported.rst "literal_unroll")
import numpy as np

from numba import njit, literal_unroll


@njit
def sum_mixed(tup):
    acc = 0.0
    for x in literal_unroll(tup):
        acc += x
    return acc


@njit
def describe():
    items = (1, 2.5, 'a', np.zeros(3))
    out = 0
    for item in literal_unroll(items):
        out += 1
    return out


@njit
def apply_all(x):
    funcs = (np.sin, np.cos, np.sqrt)
    out = []
    for f in literal_unroll(funcs):
        out.append(f(x))
    return out


print(sum_mixed((1, 2.5, 3j.imag, True)))
print(describe())
print([round(v, 10) for v in apply_all(1.0)])
