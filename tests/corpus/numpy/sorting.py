# adapted from numba/tests/test_sort.py: sort_usecase, argsort_usecase, np_sort_usecase, np_argsort_kind_usecase, sorted_usecase
import numpy as np

from numba import njit


@njit
def sort_usecase(val):
    val.sort()


@njit
def argsort_usecase(val):
    return val.argsort()


@njit
def np_sort_usecase(val):
    return np.sort(val)


@njit
def np_argsort_kind_usecase(val, is_stable=False):
    if is_stable:
        return np.argsort(val, kind='mergesort')
    else:
        return np.argsort(val, kind='quicksort')


@njit
def sorted_usecase(val):
    return sorted(val)


a = np.array([3.5, -1.0, 2.0, 8.0, 0.0, 2.0])
b = a.copy()
sort_usecase(b)
print(b)
print(argsort_usecase(np.array([5, 1, 4, 2, 3])))
print(np_sort_usecase(a), a)
print(np_argsort_kind_usecase(np.array([2, 1, 2, 1, 0]), True))
print(sorted_usecase([3, 1, 2]), sorted_usecase(np.array([2.5, 1.5])))
