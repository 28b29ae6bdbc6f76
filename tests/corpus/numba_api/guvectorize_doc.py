# adapted from numba/tests/doc_examples/test_examples.py: test_guvectorize, test_guvectorize_scalar_return, test_guvectorize_jit
import numpy as np

from numba import guvectorize, int64, jit


@guvectorize([(int64[:], int64, int64[:])], '(n),()->(n)')
def g(x, y, res):
    for i in range(x.shape[0]):
        res[i] = x[i] + y


@guvectorize([(int64[:], int64, int64[:])], '(n),()->()')
def gsum(x, y, res):
    acc = 0
    for i in range(x.shape[0]):
        acc += x[i] + y
    res[0] = acc


@guvectorize('(n)->(n)')
def copy(x, res):
    for i in range(x.shape[0]):
        res[i] = x[i]


@jit(nopython=True)
def jit_fn(x, res):
    copy(x, res)


a = np.arange(5)
print(g(a, 2))
a = np.arange(6).reshape(2, 3)
print(g(a, 10))
print(g(a, np.array([10, 20])))
print(gsum(np.arange(5), 2))
x = np.arange(5, dtype='i4')
res = np.zeros_like(x)
jit_fn(x, res)
print(res)
