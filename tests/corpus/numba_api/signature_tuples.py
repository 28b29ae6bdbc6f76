# adapted from numba docs (user/jit.rst "Eager compilation", reference/types.rst tuples): UniTuple and Tuple in signature strings, as return and argument types
from numba import njit


@njit("UniTuple(int64, 2)(int64)")
def pair(x):
    return x, x + 1


@njit("float64(Tuple((int64, float64)), int32[:])")
def first(t, a):
    return t[0] + t[1] + a[0]


print(pair(3), pair.signatures)
import numpy as np
print(first((1, 2.5), np.array([4], dtype=np.int32)), first.signatures)
