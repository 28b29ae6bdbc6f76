# adapted from numba/tests/test_tuples.py: tuple_first, tuple_second, tuple_index, tuple_slice2, len_usecase
from numba import njit


@njit
def tuple_first(tup):
    a, b = tup
    return a


@njit
def tuple_second(tup):
    a, b = tup
    return b


@njit
def tuple_index(tup, idx):
    return tup[idx]


@njit
def tuple_index_static(tup):
    return tup[-2]


@njit
def tuple_slice2(tup):
    return tup[1:-1]


@njit
def tuple_slice3(tup):
    return tup[1::2]


@njit
def len_usecase(tup):
    return len(tup)


print(tuple_first((4, 5)), tuple_second((4, 5.5)))
tup = (4, 3, 6, 2, 5)
for i in range(len(tup)):
    print(i, tuple_index(tup, i), tuple_index(tup, -i - 1))
print(tuple_index_static(tup))
print(tuple_slice2(tup), tuple_slice3(tup))
print(len_usecase(()), len_usecase((1,)), len_usecase((1, 2.5, 3j)))
