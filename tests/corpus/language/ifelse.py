# adapted from numba/tests/test_flow_control.py: ifelse_usecase2, ifelse_usecase3, ternary_ifelse_usecase1
from numba import njit


@njit
def ifelse_usecase2(x, y):
    if x > y:
        return 1
    elif x == 0 or y == 0:
        return 2
    else:
        return 3


@njit
def ifelse_usecase3(x, y):
    if x > 0:
        if y > 0:
            return 1
        elif y < 0:
            return 1
        else:
            return 0
    elif x < 0:
        return 1
    else:
        return 0


@njit
def ternary_ifelse_usecase1(x, y):
    return True if x > y else False


@njit
def chained(x):
    return 0 < x < 10, x == 3 or x == 5, not (x > 2 and x < 8)


values = [-1, 0, 1, 2]
for x in values:
    print(x, [ifelse_usecase2(x, y) for y in values],
          [ifelse_usecase3(x, y) for y in values],
          [ternary_ifelse_usecase1(x, y) for y in values])
for x in (0, 3, 5, 9, 12):
    print(x, chained(x))
