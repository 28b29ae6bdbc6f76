# adapted from numba/tests/test_tuples.py: index_method_usecase, TestTupleBuild.test_index
from numba import njit


@njit
def index_method_usecase(tup, value):
    return tup.index(value)


@njit
def count_in(tup, value):
    n = 0
    for x in tup:
        if x == value:
            n += 1
    return n


t = (4, 3, 6, 3, 5)
for v in (4, 3, 5):
    print(v, index_method_usecase(t, v), count_in(t, v))
try:
    index_method_usecase(t, 9)
except ValueError as e:
    print("ValueError:", e)
