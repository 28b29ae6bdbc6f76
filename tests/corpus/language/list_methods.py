# adapted from numba/tests/test_lists.py: list_append, list_extend, list_pop1, list_insert, list_remove, list_reverse, list_index1, list_count
from numba import njit


@njit
def list_ops(n):
    l = []
    l.append(42)
    for i in range(n):
        l.append(i)
    l.extend([7, 8, 9])
    l.insert(1, -5)
    last = l.pop()
    second = l.pop(1)
    l.remove(7)
    l.reverse()
    return l, last, second, l.index(42), l.count(8)


@njit
def list_slices(n):
    l = list(range(n))
    l[1:3] = [100, 200, 300]
    del l[0]
    return l[::2], l[-3:], len(l)


@njit
def list_sort(l):
    l.sort()
    m = sorted(l, reverse=True)
    return l, m


print(list_ops(5))
print(list_slices(8))
print(list_sort([3, 1, 2, 5, 4]))
print(list_sort([2.5, -1.0, 0.0]))
