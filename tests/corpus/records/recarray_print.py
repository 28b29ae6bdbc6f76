# adapted from numba/tests/test_recarray_usecases.py: usecase2, usecase3, usecase4 (printing record fields inside jitted code)
import numpy as np

from numba import njit


@njit
def usecase2(x, N):
    for k in range(N):
        y = x[k]
        print(y.f1, y.f2)


@njit
def usecase3(x, N):
    for k in range(N):
        print(x.f1[k], x.f2[k])


@njit
def usecase4(x, N):
    for k in range(N):
        y = x[k]
        print(y.f1, x.f2[k] * 2)


for align in (False, True):
    dtype = np.dtype([('f1', '<f8'), ('s1', '|S3'), ('f2', '<f8')], align=align)
    N = 3
    a = np.recarray(N, dtype=dtype)
    a.f1 = np.arange(N)
    a.f2 = np.arange(2, N + 2)
    a.s1 = np.array(['abc'] * a.shape[0], dtype='|S3')
    usecase2(a, N)
    usecase3(a, N)
    usecase4(a, N)
