# adapted from numba/tests/test_ufuncs.py and test_operators.py: mixed-type operands (Numba's loop selection, ufunc_find_matching_loop; scalar unification)
import numpy as np

from numba import njit


@njit
def add(x, y):
    return x + y


@njit
def div(x, y):
    return x / y


@njit
def mul(x, y):
    return x * y


@njit
def sub(x, y):
    return x - y


@njit
def scale(x):
    return x * 1.5


@njit
def inplace(x):
    x *= 1.5
    return x


@njit
def mixed_scalars(x):
    y = np.float32(0.1)
    return y * 3 + x


@njit
def accumulate(v):
    s = 0.0
    for x in v:
        s += x
    return s


@njit
def bool_sum(b):
    return b[0] + b[1]


def ones(t):
    return np.ones(3, t)


cases = [
    (ones(np.int32), ones(np.float32)),
    (ones(np.int64), np.float32(1)),
    (ones(np.int16), 1),
    (ones(np.int16), np.int8(1)),
    (ones(np.uint64), 1),
    (ones(np.uint8), ones(np.int8)),
    (ones(np.float32), 2),
    (ones(np.float32), 2.5),
    (ones(np.int32), ones(np.int32)),
    (ones(np.bool_), 1),
    (ones(np.bool_), ones(np.bool_)),
    (ones(np.uint32), 1.0),
]
for x, y in cases:
    r = add(x, y), div(x, y), mul(x, y)
    print(x.dtype, [a.dtype.name for a in r], r[0], r[1])
print(sub(ones(np.bool_), ones(np.bool_)).dtype)
f = np.float32(2.2)
print(scale(f), inplace(f), mixed_scalars(1), add(f, 2.2), add(f, 3))
print(accumulate(np.array([2.2, 1.1], dtype=np.float32)))
print(bool_sum(np.array([True, True])))
