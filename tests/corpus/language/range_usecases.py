# adapted from numba/tests/test_range.py: loop3, range_len3, range_attrs, range_contains, range_iter_len1
from numba import njit


@njit
def loop3(a, b, c):
    s = 0
    for i in range(a, b, c):
        s += i
    return s


@njit
def range_len3(a, b, c):
    return len(range(a, b, c))


@njit
def range_attrs(start, stop, step):
    r1 = range(start)
    r2 = range(start, stop)
    r3 = range(start, stop, step)
    tmp = []
    for r in (r1, r2, r3):
        tmp.append((r.start, r.stop, r.step))
    return tmp


@njit
def range_contains(val, start, stop, step):
    r = range(start, stop, step)
    return val in r


args = [(0, 10, 1), (10, 0, -1), (3, 17, 4), (5, -7, -3), (1, 1, 1)]
for a in args:
    print(a, loop3(*a), range_len3(*a), list(range(*a)) == [i for i in range(*a)])
print(range_attrs(5, 20, 3))
print([range_contains(v, 2, 20, 3) for v in range(0, 12)])
