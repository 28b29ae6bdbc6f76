# adapted from numba/tests/doc_examples/test_typed_dict_usage.py: test_ex_inferred_dict_njit
import numpy as np

from numba import njit


@njit
def foo():
    d = dict()
    k = {1: np.arange(1), 2: np.arange(2)}
    d[3] = np.arange(3)
    d[5] = np.arange(5)
    return d, k


d, k = foo()
print(d)
print(k)
print(d[3], k[2], len(d), sorted(d.keys()))
