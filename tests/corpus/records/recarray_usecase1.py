# adapted from numba/tests/test_recarray_usecases.py: usecase1
import numpy as np

from numba import njit


@njit
def usecase1(arr1, arr2):
    n1 = arr1.size
    n2 = arr2.size

    for i1 in range(n1):
        st1 = arr1[i1]
        for i2 in range(n2):
            st2 = arr2[i2]
            st2.row += st1.p * st2.p + st1.row - st1.col

        st1.p += st2.p
        st1.col -= st2.col


mystruct_dt = np.dtype([('p', np.float64), ('row', np.float64), ('col', np.float64)])
st1 = np.recarray(3, dtype=mystruct_dt)
st2 = np.recarray(3, dtype=mystruct_dt)
st1.p = np.arange(st1.size) + 1
st1.row = np.arange(st1.size) + 1
st1.col = np.arange(st1.size) + 1
st2.p = np.arange(st2.size) + 1
st2.row = np.arange(st2.size) + 1
st2.col = np.arange(st2.size) + 1
usecase1(st1, st2)
print(st1)
print(st2)
