# adapted from numba docs (user/withobjmode.rst): what enters an objmode block is boxed (Python scalars, numpy arrays), outputs of tuple and 2d array types, a block run in a loop
import numpy as np
from numba import njit, objmode, float32, int32


def show(*args):
    print(args)


@njit
def helper(v):
    return v * 2


@njit
def boxing(a, n):
    f = float32(1.25)
    i = int32(-7)
    b = a[0] > 0
    with objmode(r='float64', t='UniTuple(int64, 2)', s='unicode_type'):
        show(f, i, b, a[1], n)
        print((a[0], n, f))
        r = f * 2 + i
        t = (n, helper(n))
        s = str(a.dtype) + repr(a[1])
    print(f, i, b, n)
    return r + f, t, s


print(boxing(np.array([1.5, 2.5]), 3))


@njit
def in_loop(n):
    acc = 0.0
    for k in range(n):
        with objmode(step='float64', label='unicode_type'):
            names = [str(j) for j in range(k + 1)]
            step = sum([len(x) for x in names]) / 2
            label = ",".join(sorted(names, key=int, reverse=True))
        acc += step
        print(label)
    return acc


print(in_loop(4))


def plain(x):
    with objmode(y='int64'):
        y = x + 0.5
    return y


print(plain(3))




@njit
def tup_out(n):
    with objmode(res='Tuple((int64, float64))', arr='float64[:, :]'):
        res = (n * 2, n / 3)
        arr = np.ones((2, n))
    return res, arr


print(tup_out(2))
